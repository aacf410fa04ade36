package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Guessing at passwords from one address slows that address down, and only it: the real user, from
 * another address, signs in at once. Each test guesses from an address of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTest implements TemporaryHome {

  @Inject EmbeddedServer server;

  @Test
  void aStrangerGuessingTheAdminsPasswordDoesNotLockOutTheAdminAtAnotherAddress() {
    RawHttp stranger = RawHttp.from("127.0.0.2", server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      assertEquals(401, stranger.get("/api/search?q=x", basic("admin", "guess " + i)).status());
    }

    RawHttp.Answer slowed = stranger.get("/api/search?q=x", basic("admin", ADMIN_PASSWORD));
    assertEquals(429, slowed.status(), "even the right password waits at the stranger's address");
    assertEquals("1", slowed.headers().get("retry-after"));
    assertTrue(slowed.body().contains("Too many failed sign-ins from your address"));

    RawHttp admin = RawHttp.from("127.0.0.3", server.getPort());
    assertEquals(200, admin.get("/api/search?q=x", basic("admin", ADMIN_PASSWORD)).status());
    assertEquals(303, signIn(admin, "admin", ADMIN_PASSWORD).status(), "signed in");
  }

  @Test
  void eachFurtherGuessWaitsTwiceAsLong() throws Exception {
    RawHttp stranger = RawHttp.from("127.0.0.4", server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      stranger.get("/api/search", basic("admin", "guess " + i));
    }
    Thread.sleep(1_100);
    assertEquals(401, stranger.get("/api/search", basic("admin", "one more guess")).status());

    RawHttp.Answer slowed = stranger.get("/api/search", basic("admin", "and another"));
    assertEquals("2", slowed.headers().get("retry-after"));
  }

  @Test
  void thePageSlowsDownAnAddressGuessingManyNames() {
    RawHttp guesser = RawHttp.from("127.0.0.5", server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
      assertEquals(401, signIn(guesser, "name-" + i, "guess").status());
    }

    RawHttp.Answer slowed = signIn(guesser, "yet-another-name", "guess");

    assertEquals(429, slowed.status());
    assertTrue(slowed.headers().containsKey("retry-after"));
    assertTrue(slowed.body().contains("Too many failed sign-ins from your address"));
  }

  @Test
  void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
    RawHttp client = RawHttp.from("127.0.0.6", server.getPort());

    RawHttp.Answer unknown = client.get("/api/search", basic("nobody-at-all", "a guess"));
    RawHttp.Answer wrong = client.get("/api/search", basic("admin", "a guess"));
    RawHttp.Answer unknownOnPage = signIn(client, "nobody-at-all", "a guess");
    RawHttp.Answer wrongOnPage = signIn(client, "admin", "a guess");

    assertEquals(401, unknown.status());
    assertEquals(wrong.status(), unknown.status());
    assertEquals(wrong.body(), unknown.body());
    assertEquals(401, unknownOnPage.status());
    assertEquals(wrongOnPage.status(), unknownOnPage.status());
    assertTrue(unknownOnPage.body().contains(Accounts.WRONG));
    assertTrue(wrongOnPage.body().contains(Accounts.WRONG));
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() {
    RawHttp client = RawHttp.from("127.0.0.7", server.getPort());
    String overLong = ADMIN_PASSWORD + "é".repeat(60);

    assertEquals(401, client.get("/api/search", basic("admin", overLong)).status());
    RawHttp.Answer page = signIn(client, "admin", overLong);
    assertEquals(401, page.status());
    assertTrue(page.body().contains(Accounts.WRONG));
  }

  /** Signs in through the page as a browser does: the page first, for its cookie and token. */
  static RawHttp.Answer signIn(RawHttp client, String username, String password) {
    RawHttp.Answer page = client.get("/login", Map.of("Accept", "text/html"));
    String cookie = page.headers().get("set-cookie").split(";", 2)[0];
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertTrue(token.find(), "the sign-in form carries a token");
    return client.postForm(
        "/login",
        Map.of("Accept", "text/html", "Cookie", cookie),
        "username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&csrf="
            + encode(token.group(1)));
  }

  private static Map<String, String> basic(String username, String password) {
    return Map.of("Authorization", RawHttp.basic(username, password), "Accept", "application/json");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
