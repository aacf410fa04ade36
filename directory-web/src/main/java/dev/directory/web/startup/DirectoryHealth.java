package dev.directory.web.startup;

import dev.directory.core.change.ChangeLog;
import dev.directory.search.SearchIndex;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The node's own part of {@code /health}: UP once {@link Readiness} is complete and the database
 * answers, with the index's position in the change log, the database's newest position and how far
 * the index is behind.
 */
@Singleton
final class DirectoryHealth implements HealthIndicator {

  private final Readiness readiness;
  private final SearchIndex index;
  private final ChangeLog changeLog;

  DirectoryHealth(Readiness readiness, SearchIndex index, ChangeLog changeLog) {
    this.readiness = readiness;
    this.index = index;
    this.changeLog = changeLog;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(result());
  }

  private HealthResult result() {
    long indexed = index.applied().seq();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("dataReady", readiness.isDataReady());
    details.put("adminReady", readiness.isAdminReady());
    details.put("indexPosition", indexed);
    boolean reachable = true;
    try {
      long newest = changeLog.lastSeq();
      details.put("databasePosition", newest);
      details.put("indexLag", Math.max(0, newest - indexed));
    } catch (RuntimeException e) {
      // The database's own indicator is off (its details would name the database's address to
      // anyone): this one says that the database cannot be read, and nothing more.
      reachable = false;
      details.put("database", "unreachable");
    }
    boolean ready = reachable && readiness.isDataReady() && readiness.isAdminReady();
    return HealthResult.builder("directory", ready ? HealthStatus.UP : HealthStatus.DOWN)
        .details(details)
        .build();
  }
}
