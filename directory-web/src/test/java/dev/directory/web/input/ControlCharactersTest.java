package dev.directory.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A NUL or another control character at any way in is refused with 400 naming where it was, before
 * anything is looked up: PostgreSQL cannot store a NUL at all, and answered such requests with 500.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersTest implements TemporaryHome {

  @Inject EmbeddedServer server;

  private RawHttp client() {
    return RawHttp.from("127.0.0.1", server.getPort());
  }

  @Test
  void aNulInAPathIdIsRefusedNamingTheId() {
    RawHttp.Answer answer = client().get("/api/people/a%00b", admin());

    assertRefused(answer, "id", "text.control", "U+0000");
  }

  @Test
  void aNulInAQueryParameterIsRefusedNamingIt() {
    assertRefused(client().get("/api/inquiries?office=%00", admin()), "office", "text.control", "");
    assertRefused(
        client().get("/api/duplicates?office=%00", admin()), "office", "text.control", "");
    assertRefused(client().get("/api/search?q=a%01b", admin()), "q", "text.control", "U+0001");
  }

  @Test
  void aNulInAJsonBodyIsRefusedNamingTheField() {
    RawHttp.Answer answer =
        client()
            .send(
                "POST /api/people HTTP/1.1",
                json(),
                "{\"id\":\"test-nul\",\"givenName\":\"Te\\u0000st\",\"familyName\":\"Person\","
                    + "\"organization\":{\"id\":\"iom-chile\"}}");

    assertRefused(answer, "givenName", "text.control", "U+0000");
    assertEquals(404, client().get("/api/people/test-nul", admin()).status(), "nothing made");
  }

  @Test
  void aNulInAReportOnARecordCalledNulIsRefused() {
    RawHttp.Answer answer =
        client().send("POST /api/people/%00/reports HTTP/1.1", json(), "{\"what\":\"gone\"}");

    assertEquals(400, answer.status(), answer.body());
  }

  @Test
  void lineBreaksAndTabsAreKeptWhereAFieldTakesSeveralLinesOnly() {
    String message = "First line.\\n\\tSecond line, indented.";
    RawHttp.Answer sent =
        client()
            .send(
                "POST /api/inquiries HTTP/1.1",
                publicJson(),
                "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                    + "\"subject\":\"Arica\",\"message\":\""
                    + message
                    + "\"}");
    assertEquals(201, sent.status(), sent.body());

    RawHttp.Answer tabbed =
        client()
            .send(
                "POST /api/inquiries HTTP/1.1",
                publicJson(),
                "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                    + "\"subject\":\"Ari\\tca\",\"message\":\"A question.\"}");
    assertRefused(tabbed, "subject", "text.control", "U+0009");
  }

  @Test
  void aLoneSurrogateIsRefusedAsHalfACharacter() {
    RawHttp.Answer answer =
        client()
            .send(
                "POST /api/inquiries HTTP/1.1",
                publicJson(),
                "{\"name\":\"Test \\ud800Journalist\",\"email\":\"journalist@example.org\","
                    + "\"subject\":\"Arica\",\"message\":\"A question.\"}");

    assertRefused(answer, "name", "text.broken", "U+D800");
  }

  @Test
  void aFormFieldHoldingAControlCharacterIsRefusedOnThePageToo() {
    RawHttp.Answer answer =
        client()
            .postForm(
                "/press",
                Map.of("Accept", "text/html"),
                "name=Test%00Journalist&email=journalist%40example.org&subject=Arica&message=Hi");

    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("<html"), "a page for a browser");
    assertTrue(answer.body().contains("U+0000"), answer.body());
  }

  @Test
  void basicCredentialsHoldingANulAreAWrongPassword() {
    RawHttp.Answer answer =
        client()
            .get(
                "/api/search",
                Map.of(
                    "Authorization",
                    RawHttp.basic("ad\u0000min", ADMIN_PASSWORD),
                    "Accept",
                    "application/json"));
    RawHttp.Answer wrong =
        client()
            .get(
                "/api/search",
                Map.of(
                    "Authorization",
                    RawHttp.basic("nobody", "pass\u0000word"),
                    "Accept",
                    "application/json"));

    assertEquals(401, answer.status(), answer.body());
    assertEquals(401, wrong.status(), wrong.body());
  }

  private static void assertRefused(
      RawHttp.Answer answer, String field, String code, String character) {
    assertEquals(400, answer.status(), answer.body());
    assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    assertTrue(answer.body().contains("\"code\":\"" + code + "\""), answer.body());
    assertTrue(answer.body().contains(character), answer.body());
  }

  private static Map<String, String> admin() {
    return Map.of(
        "Authorization", RawHttp.basic("admin", ADMIN_PASSWORD), "Accept", "application/json");
  }

  private static Map<String, String> json() {
    return Map.of(
        "Authorization",
        RawHttp.basic("admin", ADMIN_PASSWORD),
        "Accept",
        "application/json",
        "Content-Type",
        "application/json");
  }

  private static Map<String, String> publicJson() {
    return Map.of("Accept", "application/json", "Content-Type", "application/json");
  }
}
