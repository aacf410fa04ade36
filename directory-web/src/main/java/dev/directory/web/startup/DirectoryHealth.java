package dev.directory.web.startup;

import dev.directory.core.change.ChangeLog;
import dev.directory.search.SearchIndex;
import dev.directory.search.sync.IndexSync;
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
 * answers, and while the index follows the directory — with the index's position in the change log,
 * the database's newest position and how far the index is behind. DOWN, with the cause, when the
 * index has made no progress for longer than {@code directory.index.max-stall} while changes wait,
 * when it is further behind than {@code directory.index.max-lag}, or when it can no longer be
 * written: a load balancer then sends the node nothing, rather than answers that are stale.
 */
@Singleton
record DirectoryHealth(
    Readiness readiness,
    SearchIndex index,
    IndexSync sync,
    ChangeLog changeLog,
    IndexSettings settings)
    implements HealthIndicator {

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(result());
  }

  private HealthResult result() {
    long indexed = index.visibleSeq(); // what searches see, not only what is committed
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("dataReady", readiness.isDataReady());
    details.put("adminReady", readiness.isAdminReady());
    details.put("indexPosition", indexed);
    String cause = null;
    try {
      long newest = changeLog.lastSeq();
      long lag = Math.max(0, newest - indexed);
      details.put("databasePosition", newest);
      details.put("indexLag", lag);
      cause = followingProblem(lag);
    } catch (RuntimeException e) {
      // The database's own indicator is off (its details would name the database's address to
      // anyone): this one says that the database cannot be read, and nothing more.
      details.put("database", "unreachable");
      cause = "the database cannot be reached";
    }
    if (cause == null && !(readiness.isDataReady() && readiness.isAdminReady())) {
      cause = "starting: the seed, the index or the first admin is not ready yet";
    }
    if (cause != null) {
      details.put("cause", cause);
    }
    return HealthResult.builder("directory", cause == null ? HealthStatus.UP : HealthStatus.DOWN)
        .details(details)
        .build();
  }

  /** Why the index is too far from the directory to serve, or null when it is not. */
  private String followingProblem(long lag) {
    IndexSync.Progress progress = sync.progress();
    if (progress.broken()) {
      return "the search index can no longer be written; the node is stopping";
    }
    if (lag > 0 && progress.since().compareTo(settings.maxStall()) > 0) {
      return "the search index has not followed the directory for "
          + progress.since().toSeconds()
          + " s while "
          + lag
          + " changes wait"
          + (progress.lastFailure() == null
              ? ""
              : "; its last round failed (the node's log says why)");
    }
    if (settings.maxLag() != null && lag > settings.maxLag()) {
      return "the search index is " + lag + " changes behind, more than " + settings.maxLag();
    }
    return null;
  }
}
