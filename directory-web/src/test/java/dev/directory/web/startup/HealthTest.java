package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.directory.core.change.ChangeLog;
import dev.directory.search.SearchIndex;
import dev.directory.search.sync.IndexSync;
import dev.directory.web.TemporaryHome;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

@MicronautTest(transactional = false)
class HealthTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject SearchIndex index;
  @Inject ChangeLog changeLog;
  @Inject IndexSync sync;

  @Test
  void isUpWithTheIndexPositionOnceTheSeedTheIndexAndTheFirstAdminAreReady() {
    String text = client.toBlocking().retrieve("/health");
    Map<?, ?> health = client.toBlocking().retrieve("/health", Map.class);

    assertFalse(text.contains("jdbc:"), "the database's address is not told to anyone: " + text);

    assertEquals("UP", health.get("status"));
    Map<?, ?> directory = (Map<?, ?>) ((Map<?, ?>) health.get("details")).get("directory");
    Map<?, ?> details = (Map<?, ?>) directory.get("details");
    assertEquals(
        ((Number) details.get("databasePosition")).longValue(),
        ((Number) details.get("indexPosition")).longValue());
    assertEquals(0, ((Number) details.get("indexLag")).longValue());
  }

  @Test
  void isNotUpUntilEveryStepIsDone() {
    Readiness readiness = new Readiness();
    DirectoryHealth health =
        new DirectoryHealth(
            readiness, index, sync, changeLog, new IndexSettings(Duration.ofSeconds(30), null));

    assertEquals(HealthStatus.DOWN, status(health));
    readiness.dataReady();
    assertEquals(HealthStatus.DOWN, status(health), "no admin yet: nobody could sign in");
    readiness.adminReady();
    assertEquals(HealthStatus.UP, status(health));
  }

  private static HealthStatus status(DirectoryHealth health) {
    HealthResult result = Mono.from(health.getResult()).block();
    return result.getStatus();
  }
}
