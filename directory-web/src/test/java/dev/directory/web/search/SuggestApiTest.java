package dev.directory.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void suggestsANameAsItIsTyped() {
    List<Map<String, String>> suggestions =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/suggest?q=sebas"),
                Argument.listOf(Argument.mapOf(String.class, String.class)));

    assertEquals(
        List.of(
            Map.of(
                "id", "sebastian-mathews",
                "type", "press_contact",
                "name", "Sebastián Mathews",
                "url", "/people/sebastian-mathews")),
        suggestions);
  }

  @Test
  void suggestsNothingWithoutText() {
    assertEquals("[]", client.toBlocking().retrieve("/api/suggest"));
  }

  @Test
  void refusesAnOverlongText() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange("/api/suggest?q=" + "x".repeat(101), Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    assertEquals(
        "q: is 101 characters long; at most 100 are allowed",
        e.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }
}
