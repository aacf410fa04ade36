package dev.directory.core.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.directory.core.problem.Busy;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one way to write: its lock, and what it does when the database gives a transaction up. */
@MicronautTest(startApplication = false, transactional = false)
class WritesTest {

  @Inject Writes writes;
  @Inject ChangeLog changeLog;

  @Test
  void aTransactionTheDatabaseGaveUpOnIsRunAgainAndOnlyTheLastRunIsKept() {
    long before = changeLog.lastSeq();
    AtomicInteger runs = new AtomicInteger();

    String answer =
        writes.inTransaction(
            () -> {
              changeLog.append(RecordKind.PERSON, "test-written-run-" + runs.incrementAndGet());
              if (runs.get() == 1) {
                throw deadlock();
              }
              return "done";
            });

    assertEquals("done", answer);
    assertEquals(2, runs.get());
    assertEquals(
        "test-written-run-2",
        changeLog.after(before, 10).stream().map(Change::id).reduce((a, b) -> b).orElseThrow(),
        "the first run was rolled back");
    assertEquals(1, changeLog.after(before, 10).size());
  }

  @Test
  void aTransactionGivenUpEveryTimeIsRefusedAsBusyAndLeavesNothing() {
    long before = changeLog.lastSeq();
    AtomicInteger runs = new AtomicInteger();

    assertThrows(
        Busy.class,
        () ->
            writes.run(
                () -> {
                  runs.incrementAndGet();
                  changeLog.append(RecordKind.PERSON, "test-never-written");
                  throw deadlock();
                }));

    assertEquals(Writes.ATTEMPTS, runs.get());
    assertEquals(0, changeLog.after(before, 10).size(), "nothing was written");
  }

  @Test
  void otherFailuresAreNotRunAgain() {
    AtomicInteger runs = new AtomicInteger();

    assertThrows(
        IllegalStateException.class,
        () ->
            writes.run(
                () -> {
                  runs.incrementAndGet();
                  throw new IllegalStateException("refused by a rule");
                }));

    assertEquals(1, runs.get());
  }

  @Test
  void aFailureWithoutAStateOfTheDatabaseIsNotRunAgain() {
    AtomicInteger runs = new AtomicInteger();

    assertThrows(
        DataAccessException.class,
        () ->
            writes.run(
                () -> {
                  runs.incrementAndGet();
                  throw new DataAccessException("lost", new SQLException("connection lost"));
                }));

    assertEquals(1, runs.get());
  }

  @Test
  void aTransactionInsideAnotherJoinsItAndIsRunAgainWithIt() {
    long before = changeLog.lastSeq();
    AtomicInteger outerRuns = new AtomicInteger();

    writes.run(
        () -> {
          outerRuns.incrementAndGet();
          writes.run(() -> changeLog.append(RecordKind.PERSON, "test-inner"));
          if (outerRuns.get() == 1) {
            throw deadlock();
          }
        });

    assertEquals(2, outerRuns.get());
    assertEquals(1, changeLog.after(before, 10).size(), "the inner write of the first run went");
  }

  @Test
  void bookkeepingIsSkippedWhileAnotherWriterHoldsTheLock() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    Thread other =
        new Thread(
            () ->
                writes.run(
                    () -> {
                      // the lock is held here, on another thread, while this one tries
                      Thread probe =
                          new Thread(
                              () -> {
                                if (writes.runIfFree(ran::incrementAndGet)) {
                                  ran.addAndGet(100);
                                }
                              });
                      probe.start();
                      try {
                        probe.join();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    other.start();
    other.join();

    assertEquals(0, ran.get(), "skipped while the lock was held");
    assertEquals(true, writes.runIfFree(ran::incrementAndGet));
    assertEquals(1, ran.get(), "run once it was free");
  }

  @Test
  void whatFollowsACommitRunsOnceItIsCommittedAndNeverAfterARollback() {
    List<String> done = new ArrayList<>();

    writes.run(
        () -> {
          writes.run(() -> writes.afterCommit(() -> done.add("after the outer commit")));
          done.add("still in the transaction");
        });
    assertThrows(
        IllegalStateException.class,
        () ->
            writes.run(
                () -> {
                  writes.afterCommit(() -> done.add("after a rollback"));
                  throw new IllegalStateException("refused");
                }));
    writes.afterCommit(() -> done.add("at once, outside any"));

    assertEquals(
        List.of("still in the transaction", "after the outer commit", "at once, outside any"),
        done);
  }

  /** What Micronaut Data throws when PostgreSQL chose the transaction as a deadlock's victim. */
  private static DataAccessException deadlock() {
    return new DataAccessException("deadlock", new SQLException("deadlock detected", "40P01", 0));
  }
}
