package dev.directory.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An admin manages accounts and tokens through the API. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void makesAnEditorWhoMayEditButNotManageAccounts() {
    Map<?, ?> made =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/accounts",
                    Map.of(
                        "username", "ines",
                        "displayName", "Inés",
                        "role", "editor",
                        "password", ADMIN_PASSWORD)),
                Map.class);

    assertEquals("editor", made.get("role"));
    assertFalse(made.toString().contains("$2a$"), "no hash leaves the server");
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/accounts").header(SignedInTestClient.AS, "ines")));
    assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
  }

  @Test
  void showsATokensSecretOnceAndLetsAProgramInWithIt() {
    Map<?, ?> issued =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST("/api/accounts/admin/tokens", Map.of("name", "nightly export")),
                Map.class);
    String secret = (String) issued.get("secret");

    assertTrue(secret.startsWith("dir_"), secret);
    Map<?, ?> account =
        client.toBlocking().retrieve(HttpRequest.GET("/api/accounts/admin"), Map.class);
    assertFalse(account.toString().contains(secret), "the secret is not shown again");
    int status =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/search?q=santos")
                    .header(SignedInTestClient.AS, "public")
                    .bearerAuth(secret))
            .getStatus()
            .getCode();
    assertEquals(200, status);
  }

  @Test
  void answers404ForATokenThatIsNotThere() {
    HttpClientResponseException missing =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(HttpRequest.DELETE("/api/accounts/admin/tokens/nothing")));

    assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    assertEquals(
        "“admin” has no token “nothing”.",
        missing.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }

  @Test
  void asksForARoleWhenNoneIsGiven() {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.POST(
                            "/api/accounts",
                            Map.of(
                                "username",
                                "kim",
                                "displayName",
                                "Kim",
                                "password",
                                ADMIN_PASSWORD)),
                        Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertEquals(
        "role: choose one of viewer, editor, admin",
        refused.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }

  @Test
  void refusesAShortPasswordSayingSo() {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.POST(
                            "/api/accounts",
                            Map.of(
                                "username",
                                "joe",
                                "displayName",
                                "Joe",
                                "role",
                                "viewer",
                                "password",
                                "short")),
                        Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertEquals(
        "password: at least 12 characters",
        refused.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }
}
