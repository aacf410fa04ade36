package dev.directory.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The account pages, as an admin and as a viewer use them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagesTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Accounts accounts;

  @Test
  void addsAnAccountAndLandsOnItsPage() {
    HttpResponse<String> added =
        post(
            "/accounts",
            Map.of(
                "username", "olga",
                "displayName", "Olga",
                "role", "editor",
                "password", ADMIN_PASSWORD),
            null);

    assertTrue(added.body().contains("<h1>Olga</h1>"), added.body());
    assertTrue(added.body().contains("olga · editor"), added.body());
  }

  @Test
  void showsANewTokensSecretOnceOnTheOwnersPage() {
    accounts.create("pablo", "Pablo", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());

    String page =
        post("/account", Map.of("action", "token", "name", "report script"), "pablo").body();

    assertTrue(page.contains("copy it now, it is not shown again"), page);
    assertTrue(page.contains("<code class=\"reference\">dir_"), page);
    String later =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/account").accept(HTML).header(SignedInTestClient.AS, "pablo"));
    assertTrue(
        later.contains("report script") && !later.contains("<code class=\"reference\">dir_"),
        later);
  }

  @Test
  void refusesAShortPasswordOnTheOwnPage() {
    accounts.create("quim", "Quim", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> post("/account", Map.of("action", "password", "password", "short"), "quim"));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertTrue(
        refused
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("password: at least 12 characters"));
  }

  @Test
  void letsOnlyAnAdminChangeARole() {
    accounts.create("rita", "Rita", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                post(
                    "/account",
                    Map.of("action", "details", "displayName", "Rita", "role", "admin"),
                    "rita"));

    assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
    assertEquals(Role.VIEWER, accounts.find("rita").orElseThrow().role());
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String as) {
    var request =
        HttpRequest.POST(path, form)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .accept(HTML);
    if (as != null) {
      request.header(SignedInTestClient.AS, as);
    }
    return client.toBlocking().exchange(request, String.class);
  }
}
