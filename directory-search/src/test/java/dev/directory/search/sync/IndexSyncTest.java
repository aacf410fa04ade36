package dev.directory.search.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MicronautTest(startApplication = false, transactional = false)
class IndexSyncTest {

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;
  @Inject Positions positions;
  @Inject TransactionOperations<Connection> transactions;
  @Inject JdbcOperations jdbc;

  @TempDir Path indexDir;

  @BeforeEach
  void importSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void aCommittedChangeIsSearchableWhenCatchUpReturns() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      noteOnSantos("firstmarker");

      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), ids(index, "firstmarker"));
      assertEquals(changeLog.lastSeq(), index.applied().seq());
    }
  }

  @Test
  void eachDocumentKeepsItsRecordsVersionAsTheDatabaseHasIt() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      noteOnSantos("versionmarker");
      sync.catchUp();

      SearchResult.Hit santos =
          new DirectorySearch(index, id -> id)
              .search(SearchRequest.of("versionmarker"))
              .hits()
              .get(0);
      assertEquals(people.version("maria-elena-santos").orElseThrow(), santos.version());
      SearchResult.Hit chile =
          new DirectorySearch(index, id -> id).search(SearchRequest.of("IOM Chile")).hits().get(0);
      assertEquals(organizations.version(chile.id()).orElseThrow(), chile.version());
    }
  }

  @Test
  void aChangeCommittedByAnyoneIsSearchableWithinASecond() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      sync.startPolling(100);

      noteOnSantos("secondmarker");
      long deadline = System.nanoTime() + 1_000_000_000L;
      List<String> found = ids(index, "secondmarker");
      while (found.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
        found = ids(index, "secondmarker");
      }

      assertEquals(List.of("maria-elena-santos"), found);
    }
  }

  @Test
  void aSearchRepeatedAfterAChangeSeesTheChangeNotWhatWasKept() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      DirectorySearch search = new DirectorySearch(index, id -> id);
      assertEquals(0, search.search(SearchRequest.of("fourthmarker")).total());
      long everything = search.search(SearchRequest.of("")).total();

      noteOnSantos("fourthmarker");
      sync.catchUp();

      List<String> found =
          search.search(SearchRequest.of("fourthmarker")).hits().stream()
              .map(SearchResult.Hit::id)
              .toList();
      assertEquals(List.of("maria-elena-santos"), found);
      assertEquals(everything, search.search(SearchRequest.of("")).total());
    }
  }

  @Test
  void aRecordTurnsStaleInTheIndexOnTheDayItsVerificationRunsOut() throws Exception {
    LocalDate verified = LocalDate.of(2026, 1, 15);
    MovingClock clock = new MovingClock(verified.plusMonths(12));
    Staleness twelveMonths =
        new Staleness() {
          @Override
          public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
            boolean runOut = verified.isBefore(LocalDate.now(clock).minusMonths(12));
            return runOut && ids.contains("maria-elena-santos")
                ? Set.of("maria-elena-santos")
                : Set.of();
          }

          @Override
          public Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today) {
            boolean turned =
                !verified.isBefore(since.minusMonths(12))
                    && verified.isBefore(today.minusMonths(12));
            return turned ? Map.of(RecordKind.PERSON, Set.of("maria-elena-santos")) : Map.of();
          }
        };
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync =
            new IndexSync(
                index, changeLog, organizations, people, topics, positions, twelveMonths, clock)) {
      sync.catchUp();
      assertEquals(List.of(), staleIds(index), "verified twelve months ago to the day: fresh");

      clock.day = clock.day.plusDays(1);
      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), staleIds(index), "nothing changed but the day");
    }
  }

  @Test
  void anIndexOpenedAgainCatchesUpWithWhatChangedWhileItWasClosed() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
    }
    noteOnSantos("thirdmarker");

    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), ids(index, "thirdmarker"));
    }
  }

  @Test
  void aRenamedOrganisationIsFoundThroughItsPeople() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      Organization arica = organizations.find("municipal-services-arica").orElseThrow();
      transactions.executeWrite(
          status ->
              organizations.save(
                  new Organization(
                      arica.id(),
                      arica.kind(),
                      arica.name(),
                      arica.localName(),
                      List.of("fourthmarker"),
                      arica.parentId(),
                      arica.country(),
                      arica.region(),
                      arica.city(),
                      arica.website(),
                      arica.phone(),
                      arica.email(),
                      arica.topicIds(),
                      arica.notes(),
                      arica.status(),
                      arica.formerNames(),
                      arica.successorIds())));

      sync.catchUp();

      assertEquals(
          List.of("maria-elena-santos", "municipal-services-arica"),
          ids(index, "fourthmarker").stream().sorted().toList());
    }
  }

  @Test
  void anIndexAheadOfADatabaseThatLostItsLastCommitIsRebuiltAndFindsTheNextEdit() throws Exception {
    long kept;
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      kept = changeLog.lastSeq();
      note("maria-elena-santos", "lostmarker");
      sync.catchUp();
      assertEquals(kept + 1, index.applied().seq());
    }
    loseChangesAfter(kept);

    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      note("norberto-giron", "foundmarker");
      assertEquals(kept + 1, changeLog.lastSeq(), "the lost position is handed out again");

      sync.catchUp();

      assertEquals(List.of("norberto-giron"), ids(index, "foundmarker"));
    }
  }

  @Test
  void anIndexBuiltFromAnotherDatabaseIsRebuiltNotTrusted() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      note("maria-elena-santos", "othermarker");
      sync.catchUp();
      assertEquals(List.of("maria-elena-santos"), ids(index, "othermarker"));
    }

    try (ApplicationContext other =
            // a context of its own gets a database of its own (FreshDatabase)
            ApplicationContext.run("test");
        SearchIndex index = SearchIndex.open(indexDir)) {
      other.getBean(CsvImporter.class).importFrom(Path.of("..", "data"));
      try (IndexSync sync =
          new IndexSync(
              index,
              other.getBean(ChangeLog.class),
              other.getBean(Organizations.class),
              other.getBean(People.class),
              other.getBean(Topics.class),
              other.getBean(Positions.class))) {
        sync.catchUp();

        assertEquals(List.of(), ids(index, "othermarker"));
        assertEquals(List.of("maria-elena-santos"), ids(index, "santos"));
      }
    }
  }

  /**
   * A change that took its position before another, and commits after it: the index that caught up
   * in between does not move past it. (The change log hands out positions in commit order: the
   * later writer waits until the earlier one ends.)
   */
  @Test
  void aChangeCommittedAfterALaterPositionIsStillApplied() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      CountDownLatch earlierWritten = new CountDownLatch(1);
      CountDownLatch earlierMayCommit = new CountDownLatch(1);
      ExecutorService writers = Executors.newFixedThreadPool(2);
      try {
        Future<?> earlier =
            writers.submit(
                () ->
                    transactions.executeWrite(
                        status -> {
                          note("maria-elena-santos", "earliermarker");
                          earlierWritten.countDown();
                          await(earlierMayCommit);
                          return null;
                        }));
        earlierWritten.await(10, TimeUnit.SECONDS);
        Future<?> later = writers.submit(() -> note("norberto-giron", "latermarker"));
        try {
          later.get(500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
          // as it should: it waits for the earlier writer to end
        }
        sync.catchUp();
        earlierMayCommit.countDown();
        earlier.get(10, TimeUnit.SECONDS);
        later.get(10, TimeUnit.SECONDS);
      } finally {
        writers.shutdownNow();
      }

      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), ids(index, "earliermarker"));
      assertEquals(List.of("norberto-giron"), ids(index, "latermarker"));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writers that commit out of the order they took their positions in (each holds its transaction
   * open a while after writing) while two indexes follow the log every few milliseconds: when all
   * is done, each index holds every record's last version. Each person is edited by a thread of its
   * own.
   */
  @Test
  void twoIndexesFollowingManyConcurrentEditsEachHoldEveryRecordsLastVersion() throws Exception {
    List<String> ids = new ArrayList<>();
    people.forEach(person -> ids.add(person.id()));
    int rounds = 6;
    try (SearchIndex first = SearchIndex.open(indexDir.resolve("first"));
        SearchIndex second = SearchIndex.open(indexDir.resolve("second"));
        IndexSync firstSync = sync(first);
        IndexSync secondSync = sync(second)) {
      firstSync.catchUp();
      secondSync.catchUp();
      firstSync.startPolling(5);
      secondSync.startPolling(5);
      ExecutorService editors = Executors.newFixedThreadPool(ids.size());
      try {
        List<Future<?>> edits = new ArrayList<>();
        for (String id : ids) {
          edits.add(
              editors.submit(
                  () -> {
                    for (int round = 1; round <= rounds; round++) {
                      String marker = marker(id, round);
                      transactions.executeWrite(
                          status -> {
                            note(id, marker);
                            pause(ThreadLocalRandom.current().nextInt(0, 15));
                            return null;
                          });
                    }
                    return null;
                  }));
        }
        for (Future<?> edit : edits) {
          edit.get(60, TimeUnit.SECONDS);
        }
      } finally {
        editors.shutdownNow();
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!(holdsLastRound(first, ids, rounds) && holdsLastRound(second, ids, rounds))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      for (String id : ids) {
        assertEquals(List.of(id), ids(first, marker(id, rounds)), "first index, " + id);
        assertEquals(List.of(id), ids(second, marker(id, rounds)), "second index, " + id);
      }
    }
  }

  private static boolean holdsLastRound(SearchIndex index, List<String> ids, int rounds)
      throws Exception {
    for (String id : ids) {
      if (!ids(index, marker(id, rounds)).equals(List.of(id))) {
        return false;
      }
    }
    return true;
  }

  /** A word for each round, none within a typo of another, so only the last round's is found. */
  private static String marker(String id, int round) {
    String[] words = {"amber", "cobalt", "jasper", "indigo", "saffron", "walnut"};
    return words[round - 1] + "of" + id.replace("-", "");
  }

  private static void pause(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * What a crash that loses the last commits leaves: the change log ends at {@code seq} and hands
   * out the positions after it again.
   */
  private void loseChangesAfter(long seq) {
    transactions.executeWrite(
        status ->
            jdbc.execute(
                (Connection connection) -> {
                  try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM change_log WHERE seq > " + seq);
                    statement.executeUpdate(
                        "ALTER TABLE change_log ALTER COLUMN seq RESTART WITH " + (seq + 1));
                  }
                  return null;
                }));
  }

  private IndexSync sync(SearchIndex index) {
    return new IndexSync(index, changeLog, organizations, people, topics, positions);
  }

  private void noteOnSantos(String note) {
    note("maria-elena-santos", note);
  }

  private void note(String personId, String note) {
    Person santos = people.find(personId).orElseThrow();
    transactions.executeWrite(
        status ->
            people.save(
                new Person(
                    santos.id(),
                    santos.givenName(),
                    santos.familyName(),
                    santos.jobTitle(),
                    santos.organizationId(),
                    santos.roles(),
                    santos.emails(),
                    santos.phones(),
                    santos.languages(),
                    santos.topicIds(),
                    santos.pressContact(),
                    santos.visibility(),
                    note)));
  }

  private static List<String> staleIds(SearchIndex index) throws Exception {
    return new DirectorySearch(index, id -> id)
        .search(SearchRequest.of("").withFilter(Facet.STALE, "true")).hits().stream()
            .map(SearchResult.Hit::id)
            .toList();
  }

  /** A clock whose day a test moves on. */
  private static final class MovingClock extends Clock {
    LocalDate day;

    MovingClock(LocalDate day) {
      this.day = day;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
  }

  private static List<String> ids(SearchIndex index, String query) throws Exception {
    SearchResult result = new DirectorySearch(index, id -> id).search(SearchRequest.of(query));
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
