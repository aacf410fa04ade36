package dev.directory.web.freshness;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Verify" through the API, and what records say of their freshness, on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void verifiesAPersonWithoutChangingTheirVersionAndTheHistoryKeepsIt() {
    Map<?, ?> before = get("/api/people/norberto-giron");
    assertEquals("source", ((Map<?, ?>) before.get("freshness")).get("how"), "the seed's import");

    Map<?, ?> fresh =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/people/norberto-giron/verify",
                    Map.of("how", "phone", "version", before.get("version"))),
                Map.class);

    assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), fresh.get("verifiedOn"));
    assertEquals("admin", fresh.get("verifiedBy"));
    assertEquals("phone", fresh.get("how"));
    assertEquals(false, fresh.get("stale"));
    assertEquals(before.get("version"), get("/api/people/norberto-giron").get("version"));
    String history =
        client.toBlocking().retrieve(HttpRequest.GET("/api/people/norberto-giron/history"));
    assertTrue(history.contains("\"action\":\"verify\""), history);
  }

  @Test
  void refusesAWayOfVerifyingItDoesNotKnowAStaleVersionAndAViewer() {
    Map<?, ?> position = get("/api/positions/iom-chile-press-contact");

    HttpClientResponseException how =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                verify(
                    "/api/positions/iom-chile-press-contact/verify",
                    "pigeon",
                    position.get("version")));
    assertEquals(HttpStatus.BAD_REQUEST, how.getStatus());
    assertTrue(how.getResponse().getBody(String.class).orElseThrow().contains("pigeon"));
    HttpClientResponseException stale =
        assertThrows(
            HttpClientResponseException.class,
            () -> verify("/api/positions/iom-chile-press-contact/verify", "email", 999));
    assertEquals(HttpStatus.CONFLICT, stale.getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        assertThrows(
                HttpClientResponseException.class,
                () -> verify("/api/organizations/test-no-such/verify", "email", 1))
            .getStatus());
  }

  @Test
  void showsTheFreshnessOnTheRecordsPage() {
    String page =
        client.toBlocking().retrieve(HttpRequest.GET("/organizations/minsal").accept("text/html"));

    assertTrue(page.contains("Last verified on"), page);
    assertTrue(page.contains("action=\"/organizations/minsal/verify\""), page);
    assertFalse(page.contains("Stale:"), "the seed was imported today: " + page);
  }

  private void verify(String path, String how, Object version) {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(path, Map.of("how", how, "version", version))
                .header(SignedInTestClient.AS, "admin"));
  }

  private Map<?, ?> get(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
  }
}
