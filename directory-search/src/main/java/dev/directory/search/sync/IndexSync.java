package dev.directory.search.sync;

import dev.directory.core.change.Change;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.document.DocumentFactory;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
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

  /** How many people a rebuild's worker turns into documents at a time. */
  private static final int REBUILD_PAGE = 1_000;

  /** Past this many pending changes a rebuild is cheaper than applying them one by one. */
  static final int MAX_INCREMENTAL_CHANGES = 5_000;

  private final SearchIndex index;
  private final ChangeLog changeLog;
  private final Organizations organizations;
  private final People people;
  private final Topics topics;
  private final Positions positions;
  private final Staleness staleness;
  private final Clock clock;
  private ScheduledExecutorService poller;
  private volatile Consumer<Throwable> broken;
  // Who holds a position changes with the date: positions are indexed again when the day turns.
  private volatile LocalDate positionsDay;
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
    this.staleness = staleness;
    this.positions = positions;
    this.index = index;
    this.changeLog = changeLog;
    this.organizations = organizations;
    this.people = people;
    this.topics = topics;
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
      if (!today.equals(positionsDay)) {
        dayTurned(positionsDay == null ? today.minusDays(1) : positionsDay, today, applied);
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
    vocabulary = topics.all();
    Map<String, Organization> all = new HashMap<>();
    organizations.findAll().forEach(o -> all.put(o.id(), o));
    List<Position> allPositions = positions.findAll();
    DocumentFactory factory =
        factoryFor(
            Map.of(
                RecordKind.ORGANIZATION,
                all.keySet(),
                RecordKind.POSITION,
                allPositions.stream().map(Position::id).toList()));
    AtomicLong count = new AtomicLong(all.size());
    index.replaceAll(
        sink -> {
          for (Organization organization : all.values()) {
            sink.add(
                factory.organization(
                    organization, Organizations.ancestors(organization, all::get)));
          }
          addPeople(sink, all, count);
          for (Document post : positionDocuments(factory, allPositions, all::get)) {
            sink.add(post);
            count.incrementAndGet();
          }
        },
        position);
    LOG.info(
        "Search index rebuilt: {} documents in {} ms",
        count.get(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /**
   * Adds every person's document: people are read from the database a page at a time on this thread
   * while workers, one per core, turn the pages read before into documents and add them, so reading
   * and indexing overlap. At most two pages per worker wait, whatever the directory's size.
   */
  private void addPeople(
      SearchIndex.DocumentSink sink, Map<String, Organization> all, AtomicLong count) {
    int workers = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread = new Thread(runnable, "index-rebuild");
              thread.setDaemon(true);
              return thread;
            });
    Semaphore waiting = new Semaphore(workers * 2);
    List<Future<?>> pages = new ArrayList<>();
    List<Person> page = new ArrayList<>();
    Consumer<List<Person>> submit =
        people -> {
          waiting.acquireUninterruptibly();
          DocumentFactory factory =
              factoryFor(Map.of(RecordKind.PERSON, people.stream().map(Person::id).toList()));
          pages.add(
              pool.submit(
                  () -> {
                    try {
                      for (Person person : people) {
                        Organization organization = all.get(person.organizationId());
                        sink.add(
                            factory.person(
                                person,
                                organization,
                                Organizations.ancestors(organization, all::get)));
                      }
                      count.addAndGet(people.size());
                      progressed();
                    } finally {
                      waiting.release();
                    }
                  }));
        };
    try {
      people.forEach(
          person -> {
            page.add(person);
            if (page.size() == REBUILD_PAGE) {
              submit.accept(List.copyOf(page));
              page.clear();
            }
          });
      submit.accept(List.copyOf(page));
      for (Future<?> done : pages) {
        done.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the rebuild was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void apply(List<Change> changes) throws IOException {
    Change last = changes.get(changes.size() - 1);
    Set<String> organizationIds = new HashSet<>();
    Set<String> personIds = new HashSet<>();
    Set<String> positionIds = new HashSet<>();
    for (Change change : changes) {
      switch (change.kind()) {
        case ORGANIZATION -> organizationIds.addAll(organizations.subtreeIds(change.id()));
        case PERSON -> personIds.add(change.id());
        case POSITION -> positionIds.add(change.id());
        default -> {}
      }
    }
    personIds.addAll(people.idsInOrganizations(organizationIds));
    positionIds.addAll(positions.idsOf(organizationIds, personIds));
    DocumentFactory factory =
        factoryFor(
            Map.of(
                RecordKind.ORGANIZATION,
                organizationIds,
                RecordKind.PERSON,
                personIds,
                RecordKind.POSITION,
                positionIds));
    Function<String, Organization> lookup = organizationLookup();
    List<Document> upserts = new ArrayList<>();
    Set<String> deletions = new HashSet<>(organizationIds);
    deletions.addAll(personIds);
    for (Organization organization : organizations.findAll(organizationIds)) {
      upserts.add(
          factory.organization(organization, Organizations.ancestors(organization, lookup)));
      deletions.remove(organization.id());
    }
    for (Person person : people.findAll(personIds)) {
      Organization organization = lookup.apply(person.organizationId());
      upserts.add(
          factory.person(person, organization, Organizations.ancestors(organization, lookup)));
      deletions.remove(person.id());
    }
    deletions.addAll(positionIds);
    List<Position> found = positions.findAll(positionIds);
    found.forEach(p -> deletions.remove(p.id()));
    upserts.addAll(positionDocuments(factory, found, lookup));
    index.apply(upserts, deletions, position(Optional.of(last)));
    LOG.debug("Search index caught up to change {}: {} documents", last.seq(), upserts.size());
  }

  /**
   * Indexes again what the date changes: who holds each position, and the records that turned stale
   * since {@code since}.
   */
  private void dayTurned(LocalDate since, LocalDate today, SearchIndex.Position applied)
      throws IOException {
    Function<String, Organization> lookup = organizationLookup();
    Map<RecordKind, Set<String>> turned = staleness.turnedStale(since, today);
    Set<String> staleOrganizations = turned.getOrDefault(RecordKind.ORGANIZATION, Set.of());
    Set<String> stalePeople = turned.getOrDefault(RecordKind.PERSON, Set.of());
    List<Position> all = positions.findAll();
    DocumentFactory factory =
        factoryFor(
            Map.of(
                RecordKind.ORGANIZATION,
                staleOrganizations,
                RecordKind.PERSON,
                stalePeople,
                RecordKind.POSITION,
                all.stream().map(Position::id).toList()));
    List<Document> upserts = new ArrayList<>();
    for (Organization organization : organizations.findAll(staleOrganizations)) {
      upserts.add(
          factory.organization(organization, Organizations.ancestors(organization, lookup)));
    }
    for (Person person : people.findAll(stalePeople)) {
      Organization organization = lookup.apply(person.organizationId());
      upserts.add(
          factory.person(person, organization, Organizations.ancestors(organization, lookup)));
    }
    upserts.addAll(positionDocuments(factory, all, lookup));
    index.apply(upserts, Set.of(), applied);
  }

  /** Organisations by id, each read once. */
  private Function<String, Organization> organizationLookup() {
    Map<String, Organization> cache = new HashMap<>();
    return id -> cache.computeIfAbsent(id, key -> organizations.find(key).orElse(null));
  }

  /**
   * A factory that marks stale those of these records that are, and keeps each one's version (ids
   * are unique across kinds).
   */
  private DocumentFactory factoryFor(Map<RecordKind, ? extends Collection<String>> ids) {
    Set<String> stale = new HashSet<>();
    Map<String, Long> versions = new HashMap<>();
    ids.forEach(
        (kind, some) -> {
          stale.addAll(staleness.staleAmong(kind, some));
          versions.putAll(versions(kind, some));
        });
    return new DocumentFactory(vocabulary, stale::contains, id -> versions.getOrDefault(id, 0L));
  }

  private Map<String, Long> versions(RecordKind kind, Collection<String> ids) {
    return switch (kind) {
      case PERSON -> people.versions(ids);
      case ORGANIZATION -> organizations.versions(ids);
      case POSITION -> positions.versions(ids);
      default -> Map.of();
    };
  }

  /** The documents of positions, with who holds each today. */
  private List<Document> positionDocuments(
      DocumentFactory factory, List<Position> found, Function<String, Organization> lookup) {
    LocalDate today = LocalDate.now(clock);
    Map<String, String> names = new HashMap<>();
    people
        .findAll(found.stream().flatMap(p -> p.holdersOn(today).stream()).distinct().toList())
        .forEach(person -> names.put(person.id(), person.fullName()));
    List<Document> documents = new ArrayList<>();
    for (Position position : found) {
      Organization organization = lookup.apply(position.organizationId());
      if (organization != null) {
        documents.add(
            factory.position(
                position,
                organization,
                Organizations.ancestors(organization, lookup),
                position.holdersOn(today).stream()
                    .map(names::get)
                    .filter(Objects::nonNull)
                    .toList()));
      }
    }
    positionsDay = today;
    return documents;
  }

  /** The position of {@code change} (empty: the start of the log), stamped. */
  private SearchIndex.Position position(Optional<Change> change) {
    return new SearchIndex.Position(
        change.map(Change::seq).orElse(0L),
        changeLog.origin() + "/" + change.map(Change::fingerprint).orElse("start"));
  }

  /**
   * The English label of a topic as of the index's last update (topic changes rebuild the index),
   * or the id itself for a topic the index does not know.
   */
  /** A topic's labels and keywords in every language; empty for an unknown id. */
  public List<String> topicTerms(String id) {
    Map<String, Topic> known = vocabulary;
    Topic topic = known == null ? null : known.get(id);
    return topic == null ? List.of() : topic.allTerms();
  }

  public String topicLabel(String id) {
    Map<String, Topic> known = vocabulary;
    Topic topic = known == null ? null : known.get(id);
    return topic == null ? id : topic.labelEn();
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
