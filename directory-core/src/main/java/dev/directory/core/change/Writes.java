package dev.directory.core.change;

import dev.directory.core.problem.Busy;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to write. Every transaction that changes the directory — records, their history,
 * imports, inquiries, accounts, the outbox — runs through {@link #inTransaction}: it takes the
 * change log's writer lock first and holds it to the end, so that row locks are only ever taken
 * after it, and two writers never wait for each other in a circle.
 *
 * <p>A deadlock or serialization failure the database reports all the same (with another kind of
 * transaction, or a lock timeout while a large import holds the lock) rolls the whole transaction
 * back; it is run again a few times, and when it still fails the caller is told, in plain words,
 * that nothing was saved ({@link Busy}).
 */
@Singleton
public class Writes {

  private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

  /** How many times a transaction is run before the writer is told to try again later. */
  static final int ATTEMPTS = 4;

  /**
   * SQL states of a transaction the database gave up on, which may succeed when run again: a
   * deadlock (PostgreSQL 40P01), a serialization failure (40001, also H2's deadlock), a lock not
   * obtained in time (PostgreSQL 55P03, H2 HYT00).
   */
  private static final Set<String> RETRYABLE = Set.of("40P01", "40001", "55P03", "HYT00");

  private final TransactionOperations<Connection> transactions;
  // Looked up when first used: accounts write through here, and the security module asks for
  // them while the database's beans are still being made.
  private final Provider<ChangeLog> changeLog;

  Writes(TransactionOperations<Connection> transactions, Provider<ChangeLog> changeLog) {
    this.transactions = transactions;
    this.changeLog = changeLog;
  }

  /**
   * Runs {@code work} in a writing transaction holding the change log's writer lock, and returns
   * what it returns once committed. Called inside another, it joins it (the outermost one retries).
   *
   * @throws Busy when the database gave up on it every time it was run; nothing was written
   */
  public <T> T inTransaction(Supplier<T> work) {
    if (transactions.findTransactionStatus().isPresent()) {
      return locked(work);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.executeWrite(status -> locked(work));
      } catch (RuntimeException e) {
        if (!retryable(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          LOG.warn("A write failed {} times over; the writer is asked to try again", attempt, e);
          throw new Busy();
        }
        LOG.info("A write was given up by the database ({}); running it again", e.toString());
        pause(attempt);
      }
    }
  }

  /** {@link #inTransaction(Supplier)} for work that returns nothing. */
  public void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code then} once the transaction this thread is in has committed (at once when it is in
   * none, never when it rolls back): for what must follow a commit and see it, such as sending the
   * e-mails it stored.
   */
  public void afterCommit(Runnable then) {
    transactions
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        then.run();
                      }
                    }),
            then);
  }

  /**
   * Runs {@code work} in a writing transaction only if no other writer holds the lock just now
   * (bookkeeping that may be skipped, such as a token's last use, never waits behind an import).
   *
   * @return whether it ran
   */
  public boolean runIfFree(Runnable work) {
    try {
      return transactions.executeWrite(
          status -> {
            if (!changeLog.get().tryLockForWriting()) {
              return false;
            }
            work.run();
            return true;
          });
    } catch (RuntimeException e) {
      if (retryable(e)) {
        return false;
      }
      throw e;
    }
  }

  private <T> T locked(Supplier<T> work) {
    changeLog.get().lockForWriting();
    return work.get();
  }

  /** Whether the database gave up on the transaction in a way that running it again may mend. */
  static boolean retryable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && RETRYABLE.contains(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** A short wait, longer after each attempt and different for each writer, so they part. */
  private static void pause(int attempt) {
    long millis = ThreadLocalRandom.current().nextLong(10, 50) * attempt;
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
  }
}
