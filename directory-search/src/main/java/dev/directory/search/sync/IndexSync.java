package dev.directory.search.sync;

import dev.directory.core.change.Change;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index current with the database by following the change log: it applies the
 * changes made since the index's last commit, or rebuilds the index when it is missing, of an older
 * shape, or too far behind. It can also poll, so that a change committed by any process is
 * searchable within a second.
 *
 * <p>The index is never trusted to be ahead: the position it records is stamped with the database's
 * identity and the change it was, and an index whose stamp the database does not have (built from
 * another database, or from this one before it lost its last commits and handed their positions out
 * again) is rebuilt.
 */
public final class IndexSync implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

  /** Past this many pending changes a rebuild is cheaper than applying them one by one. */
  static final int MAX_INCREMENTAL_CHANGES = 5_000;

  private final SearchIndex index;
  private final ChangeLog changeLog;
  private final Topics topics;
  private final Clock clock;
  private final RecordDocuments documents;
  private final AllDocuments all;
  private ScheduledExecutorService poller;
  private final AtomicBoolean roundAsked = new AtomicBoolean();
  private volatile Consumer<Throwable> broken;
  private volatile Map<String, Topic> vocabulary;
  // System.nanoTime() when the last catch-up ended, or a rebuild last added documents
  private volatile long progressedAt = System.nanoTime();
  private volatile String lastFailure;

  /**
   * How the following of the change log goes: how long since it last made progress (a catch-up that
   * ended, or a rebuild adding documents), and what the last round failed with, if it did.
   */
  public record Progress(Duration since, @Nullable String lastFailure, boolean broken) {}

  public IndexSync(
      SearchIndex index,
      ChangeLog changeLog,
      Organizations organizations,
      People people,
      Topics topics,
      Positions positions) {
    this(
        index,
        changeLog,
        organizations,
        people,
        topics,
        positions,
        Staleness.NONE,
        Clock.systemUTC());
  }

  /**
   * @param staleness which records are stale, marked so in their documents and ranked a little
   *     lower; records turn stale with the date, and are indexed again when they do
   * @param clock tells the day: positions and stale records are indexed again when it turns
   */
  public IndexSync(
      SearchIndex index,
      ChangeLog changeLog,
      Organizations organizations,
      People people,
      Topics topics,
      Positions positions,
      Staleness staleness,
      Clock clock) {
    this.clock = clock;
    this.index = index;
    this.changeLog = changeLog;
    this.topics = topics;
    this.documents = new RecordDocuments(organizations, people, positions, staleness);
    this.all = new AllDocuments(documents, organizations, people, positions);
  }

  /** How the following of the change log goes. */
  public Progress progress() {
    return new Progress(
        Duration.ofNanos(System.nanoTime() - progressedAt),
        lastFailure,
        index.failure().isPresent());
  }

  /**
   * Brings the index up to the newest committed change; when it returns, that change is searchable.
   */
  public synchronized void catchUp() throws IOException {
    follow();
    progressed();
  }

  private void progressed() {
    progressedAt = System.nanoTime();
  }

  private void follow() throws IOException {
    if (vocabulary == null) {
      vocabulary = topics.all();
    }
    SearchIndex.Position applied = index.applied();
    boolean currentSchema = index.hasCurrentSchema();
    if (!currentSchema || !applied.equals(position(changeLog.at(applied.seq())))) {
      if (currentSchema) {
        LOG.warn(
            "The search index is at change {}, which this database does not hold as it was:"
                + " rebuilding it",
            applied.seq());
      }
      rebuild();
      return;
    }
    List<Change> changes = changeLog.after(applied.seq(), MAX_INCREMENTAL_CHANGES + 1);
    if (changes.isEmpty()) {
      LocalDate today = LocalDate.now(clock);
      LocalDate positionsDay = documents.positionsDay();
      if (!today.equals(positionsDay)) {
        LocalDate since = positionsDay == null ? today.minusDays(1) : positionsDay;
        index.apply(documents.dayTurned(vocabulary, since, today), Set.of(), applied);
      }
      return;
    }
    boolean vocabularyChanged = changes.stream().anyMatch(c -> c.kind() == RecordKind.TOPIC);
    if (changes.size() > MAX_INCREMENTAL_CHANGES || vocabularyChanged) {
      rebuild();
      return;
    }
    apply(changes);
  }

  /** Rebuilds the whole index from the database. */
  public synchronized void rebuild() throws IOException {
    progressed();
    long started = System.nanoTime();
    // read first: a change made meanwhile is applied next time
    SearchIndex.Position position = position(changeLog.newest());
    Map<String, Topic> known = topics.all();
    vocabulary = known;
    AtomicLong count = new AtomicLong();
    index.replaceAll(
        sink -> all.addTo(sink, known, LocalDate.now(clock), count, this::progressed), position);
    LOG.info(
        "Search index rebuilt: {} documents in {} ms",
        count.get(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  private void apply(List<Change> changes) throws IOException {
    Change last = changes.get(changes.size() - 1);
    RecordDocuments.Changed changed = documents.changed(vocabulary, changes, LocalDate.now(clock));
    index.apply(changed.upserts(), changed.deletions(), position(Optional.of(last)));
    LOG.debug(
        "Search index caught up to change {}: {} documents", last.seq(), changed.upserts().size());
  }

  /** The position of {@code change} (empty: the start of the log), stamped. */
  private SearchIndex.Position position(Optional<Change> change) {
    return new SearchIndex.Position(
        change.map(Change::seq).orElse(0L),
        changeLog.origin() + "/" + change.map(Change::fingerprint).orElse("start"));
  }

  /** A topic's labels and keywords in every language; empty for an unknown id. */
  public List<String> topicTerms(String id) {
    Map<String, Topic> known = vocabulary;
    Topic topic = known == null ? null : known.get(id);
    return topic == null ? List.of() : topic.allTerms();
  }

  /**
   * The English label of a topic as of the index's last update (topic changes rebuild the index),
   * or the id itself for a topic the index does not know.
   */
  public String topicLabel(String id) {
    Map<String, Topic> known = vocabulary;
    Topic topic = known == null ? null : known.get(id);
    return topic == null ? id : topic.labelEn();
  }

  /**
   * Waits until the index has opened every change committed before the call, asking the poller for
   * a round at once rather than at its next tick, for at most {@code wait}: a reader of its own
   * writes (a save's duplicate check) sees them, and a stalled or rebuilding index holds it up no
   * longer than that. Call it outside a transaction: one's own uncommitted changes are never
   * opened.
   *
   * @return whether the index got there in time; if not, the caller goes on with what it holds
   */
  public boolean awaitCommitted(Duration wait) throws IOException, InterruptedException {
    long target = changeLog.lastSeq();
    if (index.visibleSeq() >= target) {
      return true;
    }
    ScheduledExecutorService running;
    synchronized (this) {
      running = poller;
    }
    if (running == null) {
      catchUp();
      return true;
    }
    if (!roundAsked.getAndSet(true)) {
      // one round asked for at a time: it opens what every waiting reader committed before it
      running.execute(
          () -> {
            roundAsked.set(false);
            round();
          });
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (index.visibleSeq() < target) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Catches up every {@code intervalMillis}, on a thread of its own, until closed. */
  public synchronized void startPolling(long intervalMillis) {
    startPolling(intervalMillis, failure -> {});
  }

  /**
   * Catches up every {@code intervalMillis}, on a thread of its own, until closed. A round that
   * fails, with any exception or error, is logged and the next goes on; when the index can no
   * longer be written at all ({@link SearchIndex#failure}), {@code broken} is told, once.
   */
  public synchronized void startPolling(long intervalMillis, Consumer<Throwable> broken) {
    this.broken = broken;
    if (poller != null) {
      return;
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "search-index-sync");
              thread.setDaemon(true);
              return thread;
            });
    poller.scheduleWithFixedDelay(
        this::round, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** One catch-up of the poller, which nothing it throws may end. */
  private void round() {
    try {
      catchUp();
      lastFailure = null;
    } catch (Throwable e) { // an Error too: a thread that died would leave the index stale
      lastFailure = e.toString();
      LOG.error("Could not bring the search index up to date; will retry", e);
      Optional<Throwable> tragedy = index.failure();
      Consumer<Throwable> tell = broken;
      if (tragedy.isPresent() && tell != null) {
        broken = null;
        tell.accept(tragedy.get());
      }
    }
  }

  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = poller;
      poller = null;
    }
    if (running != null) {
      running.shutdownNow();
      try {
        running.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
