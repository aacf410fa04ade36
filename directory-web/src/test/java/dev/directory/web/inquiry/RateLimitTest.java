package dev.directory.web.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpHeaders;
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

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("directory.inquiries.rate-limit-per-minute", "3"));
  }

  @Test
  void answers429ToTheInquiryOverTheLimitAndStoresNothingOfIt() {
    Map<String, Object> inquiry =
        Map.of(
            "name", "Ana Reporter",
            "email", "ana@example.org",
            "subject", "Chile",
            "message", "Could someone comment?");
    for (int i = 0; i < 3; i++) {
      client.toBlocking().exchange(HttpRequest.POST("/api/inquiries", inquiry), Map.class);
    }

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.POST("/api/inquiries", inquiry)));

    assertEquals(HttpStatus.TOO_MANY_REQUESTS, refused.getStatus());
    assertNotNull(refused.getResponse().header(HttpHeaders.RETRY_AFTER));
    String message = (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
    assertTrue(
        message.startsWith("Too many inquiries from your address: at most 3 a minute."), message);
    Map<?, ?> queue = client.toBlocking().retrieve("/api/inquiries", Map.class);
    assertEquals(3, ((Number) queue.get("total")).intValue());
  }
}
