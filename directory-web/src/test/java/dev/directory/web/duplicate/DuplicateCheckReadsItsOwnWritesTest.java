package dev.directory.web.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A save is checked against the saves before it however recent: here the index looks for changes
 * only once a minute, so that a check reading the index as it happens to be would miss them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateCheckReadsItsOwnWritesTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("directory.sync-interval-millis", "60000"));
  }

  @Test
  void checksASaveAgainstTheOneSavedAMomentBefore() {
    for (String family : List.of("Quicklytest", "Rapidlytest", "Swiftlytest")) {
      String first = "test-" + family.toLowerCase(Locale.ROOT);
      client.toBlocking().exchange(HttpRequest.POST("/api/people", person(first, family)));
      Map<?, ?> second =
          client
              .toBlocking()
              .retrieve(
                  HttpRequest.POST("/api/people", person(first + "-again", family)), Map.class);

      assertEquals(
          List.of(first),
          ((List<?>) second.get("possibleDuplicates"))
              .stream().map(d -> ((Map<?, ?>) d).get("id")).toList(),
          "saved right after " + first);
    }
  }

  private static Map<String, Object> person(String id, String family) {
    return Map.of(
        "id",
        id,
        "givenName",
        "Testa",
        "familyName",
        family,
        "organization",
        Map.of("id", "lshtm"),
        "visibility",
        "internal");
  }
}
