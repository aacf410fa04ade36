package dev.directory.search.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's following of the change log under faults injected where the database and the disk are
 * read and written: a round that fails, with an exception or an Error, is logged and the next goes
 * on; a reopen thread that died is replaced; an index Lucene can no longer write is reported
 * broken, so that the node stops rather than serve stale answers.
 */
@MicronautTest(startApplication = false, transactional = false)
class IndexSyncFaultsTest {

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;
  @Inject Positions positions;
  @Inject Writes writes;

  @TempDir Path indexDir;

  @BeforeEach
  void importSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void aRoundKilledByAnErrorIsLoggedAndTheNextCatchesUp() throws Exception {
    AtomicInteger errorsLeft = new AtomicInteger(0);
    Staleness failing =
        new Staleness() {
          @Override
          public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
            if (errorsLeft.getAndDecrement() > 0) {
              throw new StackOverflowError("injected into the index's round");
            }
            return Set.of();
          }

          @Override
          public Map<RecordKind, Set<String>> turnedStale(
              java.time.LocalDate since, java.time.LocalDate today) {
            return Map.of();
          }
        };
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index, failing)) {
      sync.catchUp();
      errorsLeft.set(3);
      sync.startPolling(50);

      noteOnSantos("errormarker");

      awaitFound(index, "errormarker");
      assertEquals(changeLog.lastSeq(), index.applied().seq());
      assertNull(sync.progress().lastFailure(), "the round that caught up cleared the failure");
      assertTrue(errorsLeft.get() < 0, "the Error was thrown in three rounds");
    }
  }

  @Test
  void aReopenThreadThatDiedIsReplacedAndTheChangeStillBecomesVisible() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index, Staleness.NONE)) {
      sync.catchUp();
      AtomicBoolean failOnce = new AtomicBoolean(true);
      index.addWarmer(
          (searcher, facets) -> {
            if (failOnce.getAndSet(false)) {
              throw new IllegalStateException("injected into a reopen");
            }
            return null;
          });
      noteOnSantos("reopenmarker");

      CompletableFuture<Void> caughtUp =
          CompletableFuture.runAsync(
              () -> {
                try {
                  sync.catchUp();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });

      caughtUp.get(30, TimeUnit.SECONDS);
      assertEquals(List.of("maria-elena-santos"), ids(index, "reopenmarker"));
    }
  }

  @Test
  void anIndexLuceneCanNoLongerWriteIsReportedBroken() throws Exception {
    AtomicBoolean diskFull = new AtomicBoolean(false);
    Directory failing =
        new FilterDirectory(FSDirectory.open(indexDir)) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (diskFull.get()) {
              throw new OutOfMemoryError("injected while the index flushes");
            }
            return super.createOutput(name, context);
          }
        };
    CompletableFuture<Throwable> broken = new CompletableFuture<>();
    try (SearchIndex index = SearchIndex.open(failing);
        IndexSync sync = sync(index, Staleness.NONE)) {
      sync.catchUp();
      sync.startPolling(50, broken::complete);
      diskFull.set(true);

      noteOnSantos("tragicmarker");

      Throwable cause = broken.get(30, TimeUnit.SECONDS);
      assertTrue(cause instanceof OutOfMemoryError, String.valueOf(cause));
      assertTrue(sync.progress().broken());
      assertNotNull(sync.progress().lastFailure());
    } catch (org.apache.lucene.store.AlreadyClosedException closedAlready) {
      // closing a writer Lucene closed itself: the index is what the test broke
    }
  }

  private IndexSync sync(SearchIndex index, Staleness staleness) {
    return new IndexSync(
        index, changeLog, organizations, people, topics, positions, staleness, Clock.systemUTC());
  }

  private void noteOnSantos(String note) {
    Person santos = people.find("maria-elena-santos").orElseThrow();
    writes.run(
        () ->
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
                    note),
                "test"));
  }

  private static void awaitFound(SearchIndex index, String word) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ids(index, word).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, word + " was never found");
      Thread.sleep(50);
    }
  }

  private static List<String> ids(SearchIndex index, String query) throws Exception {
    SearchResult result = new DirectorySearch(index, id -> id).search(SearchRequest.of(query));
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
