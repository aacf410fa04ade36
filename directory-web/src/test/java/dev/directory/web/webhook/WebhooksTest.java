package dev.directory.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks as a receiving system sees them: a local HTTP server, not ours, that fails the first
 * delivery and takes the second; each delivery signed with the webhook's secret, retried after a
 * failure, delivered once, and listed with what the address answered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject WebhookSender sender;
  @Inject JsonMapper json;

  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger(1);

  private record Received(Map<String, String> headers, byte[] body, int answered) {}

  @BeforeAll
  void aReceiverThatFailsOnce() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
          Map<String, String> headers = new HashMap<>();
          exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
          received.add(new Received(headers, body, status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  void stopTheReceiver() {
    receiver.stop(0);
  }

  @Test
  void postsEachChangeOnceSignedRetryingAfterAFailureAndListsTheAnswers() throws Exception {
    Map<?, ?> webhook =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/webhooks",
                    Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "events",
                        List.of("person.update"))),
                Map.class);
    String secret = (String) webhook.get("secret");
    assertNotNull(secret, "the secret is given once");

    Map<String, Object> person =
        new HashMap<>(client.toBlocking().retrieve("/api/people/norberto-giron", Map.class));
    person.put("title", "Test title sent to a webhook");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/norberto-giron", person));
    Map<String, Object> office =
        new HashMap<>(client.toBlocking().retrieve("/api/organizations/iom-chile", Map.class));
    office.put("notes", "Test note of an event the webhook does not want");
    client.toBlocking().exchange(HttpRequest.PUT("/api/organizations/iom-chile", office));

    Instant now = Instant.now();
    awaitReceived(1, now);
    assertEquals(503, received.get(0).answered());
    assertEquals(0, sender.send(now), "not due again before its back-off");
    awaitReceived(2, now.plus(Duration.ofMinutes(2)));
    sender.send(now.plus(Duration.ofMinutes(30)));
    assertEquals(2, received.size(), "taken once, never sent again");

    Received taken = received.get(1);
    assertEquals(
        "sha256=" + WebhookSender.sign(secret, taken.body()),
        taken.headers().get("X-directory-signature"));
    assertEquals("person.update", taken.headers().get("X-directory-event"));
    Map<?, ?> payload = json.readValue(taken.body(), Map.class);
    assertEquals("person.update", payload.get("event"));
    assertEquals("norberto-giron", ((Map<?, ?>) payload.get("record")).get("id"));
    assertEquals("/people/norberto-giron", ((Map<?, ?>) payload.get("record")).get("page"));
    assertTrue(
        ((List<?>) payload.get("fields"))
            .contains(
                Map.of(
                    "field", "job_title",
                    "before", "Chief of Mission",
                    "after", "Test title sent to a webhook")),
        payload.toString());
    assertEquals(
        new String(received.get(0).body(), StandardCharsets.UTF_8),
        new String(taken.body(), StandardCharsets.UTF_8),
        "a retry sends the same delivery");

    List<Map> deliveries =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/webhooks/" + webhook.get("id") + "/deliveries"),
                Argument.listOf(Map.class));
    assertEquals(1, deliveries.size(), "the organisation's update was not wanted");
    assertEquals("DELIVERED", deliveries.get(0).get("status"));
    assertEquals(2, deliveries.get(0).get("attempts"));
    assertEquals(204, deliveries.get(0).get("lastStatus"));
  }

  @Test
  void refusesAnAddressThatIsNotTheWebsAndAnEventNoChangeMakes() {
    assertEquals(
        "url: “ftp://example.org/hook” is not a web address: give one that begins http:// or"
            + " https://.",
        refused(Map.of("url", "ftp://example.org/hook")));
    assertTrue(
        refused(Map.of("url", "https://example.org/hook", "events", List.of("person.renamed")))
            .startsWith("events: “person.renamed” is no event"));
  }

  @Test
  void isForAdminsOnly() {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(HttpRequest.GET("/api/webhooks").header("X-Test-As", "public")));
    assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
  }

  private String refused(Map<String, Object> body) {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.POST("/api/webhooks", body)));
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    return (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
  }

  /** Sends what is due at {@code at} until the receiver has had {@code count} posts. */
  private void awaitReceived(int count, Instant at) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (received.size() < count && System.nanoTime() < deadline) {
      sender.send(at);
      Thread.sleep(100);
    }
    assertEquals(count, received.size());
  }
}
