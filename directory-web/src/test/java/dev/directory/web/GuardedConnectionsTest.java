package dev.directory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests that cannot be read as they came are answered in plain words, and guarded like any
 * other.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardedConnectionsTest implements TemporaryHome {

  @Inject EmbeddedServer server;

  @Test
  void aLonePercentInTheAddressIsABadRequestEvenWhenSignedIn() {
    RawHttp.Answer answer = client().get("/api/search?q=%", signedIn());

    assertEquals(400, answer.status());
    assertEquals(
        "{\"message\":\"The address has a “%” that is not followed by two hexadecimal digits;"
            + " write a “%” as %25.\",\"code\":\"bad_request\",\"problems\":[]}",
        answer.body());
    assertGuarded(answer);
  }

  @Test
  void aBrowserIsToldOnTheErrorPage() {
    RawHttp.Answer answer = client().get("/?q=50%", Map.of("Accept", "text/html"));

    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("not followed by two hexadecimal digits"), answer.body());
    assertTrue(answer.headers().get("content-type").startsWith("text/html"));
    assertGuarded(answer);
  }

  @Test
  void aFormWithALonePercentIsABadRequestSayingSo() {
    RawHttp.Answer answer =
        client().postForm("/login", Map.of("Accept", "text/html"), "username=%&password=x");

    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("is not followed by two hexadecimal digits"), answer.body());
    assertGuarded(answer);
  }

  @Test
  void anAddressOverTheLimitIsUriTooLong() {
    RawHttp.Answer answer = client().get("/api/search?q=" + "a".repeat(5_000), signedIn());

    assertEquals(414, answer.status());
    assertTrue(answer.body().contains("The address is too long"), answer.body());
    assertGuarded(answer);
  }

  @Test
  void headersOverTheLimitAreTooLarge() {
    RawHttp.Answer answer =
        client().get("/api/search?q=a", Map.of("X-Padding", "p".repeat(10_000)));

    assertEquals(431, answer.status());
    assertGuarded(answer);
  }

  @Test
  void aRawSpaceInThePathIsABadRequest() {
    RawHttp.Answer answer = client().send("GET /people/a b HTTP/1.1", signedIn(), "");

    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("write a space as %20"), answer.body());
    assertGuarded(answer);
  }

  @Test
  void aWellFormedEscapeStillReachesTheSearch() {
    RawHttp.Answer answer = client().get("/api/search?q=gir%C3%B3n", signedIn());

    assertEquals(200, answer.status());
    assertTrue(answer.body().contains("norberto-giron"), answer.body());
    assertGuarded(answer);
  }

  private static void assertGuarded(RawHttp.Answer answer) {
    assertTrue(
        answer.headers().get("content-security-policy").contains("frame-ancestors 'none'"),
        answer.headers().toString());
    assertEquals("nosniff", answer.headers().get("x-content-type-options"));
    assertEquals("same-origin", answer.headers().get("referrer-policy"));
    assertEquals("DENY", answer.headers().get("x-frame-options"));
  }

  private RawHttp client() {
    return RawHttp.from("127.0.0.1", server.getPort());
  }

  private static Map<String, String> signedIn() {
    return Map.of(
        "Authorization", RawHttp.basic("admin", ADMIN_PASSWORD), "Accept", "application/json");
  }
}
