package dev.directory.web.duplicate;

import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.duplicates.Traits;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last full scan of each kind, made again when the index has moved: the list of possible
 * duplicates answers at once from the scan it has while a new one runs in the background (a scan of
 * a million people takes seconds), and waits only for the very first.
 */
@Singleton
public class DuplicateScans {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateScans.class);

  /** Every likely pair, as of the view of the index of version {@code version}. */
  public record Scan(long version, Instant at, List<Duplicates.Pair> pairs) {}

  private final Duplicates duplicates;
  private final Map<Traits.Kind, Scan> last = new EnumMap<>(Traits.Kind.class);
  private final Map<Traits.Kind, Boolean> running = new EnumMap<>(Traits.Kind.class);
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "duplicate-scan");
            thread.setDaemon(true);
            return thread;
          });

  DuplicateScans(Duplicates duplicates) {
    this.duplicates = duplicates;
  }

  /** The newest scan; a stale one is answered while it is made again. */
  public Scan of(Traits.Kind kind) {
    long now = version();
    Scan scan;
    synchronized (this) {
      scan = last.get(kind);
      if (scan != null && scan.version() != now && !running.getOrDefault(kind, false)) {
        running.put(kind, true);
        background.execute(() -> refresh(kind));
      }
    }
    return scan != null ? scan : scanNow(kind);
  }

  /**
   * The newest scan without waiting for one: empty while the first is made (in the background, as a
   * stale one is made again), for a page that must not wait a minute.
   */
  public Optional<Scan> ifScanned(Traits.Kind kind) {
    long now = version();
    synchronized (this) {
      Scan scan = last.get(kind);
      if ((scan == null || scan.version() != now) && !running.getOrDefault(kind, false)) {
        running.put(kind, true);
        background.execute(() -> refresh(kind));
      }
      return Optional.ofNullable(scan);
    }
  }

  private void refresh(Traits.Kind kind) {
    try {
      scanNow(kind);
    } catch (Throwable e) { // an Error too: the next scan is asked for as this one was
      LOG.error("the scan for duplicates failed; the list stays as it was", e);
    } finally {
      synchronized (this) {
        running.put(kind, false);
      }
    }
  }

  private Scan scanNow(Traits.Kind kind) {
    try {
      Duplicates.Scanned scanned = duplicates.scanned(kind, (a, b) -> false);
      Scan scan = new Scan(scanned.indexVersion(), Instant.now(), scanned.pairs());
      synchronized (this) {
        Scan before = last.get(kind);
        if (before == null || before.version() <= scan.version()) {
          last.put(kind, scan);
        }
      }
      return scan;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long version() {
    try {
      return duplicates.indexVersion();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }
}
