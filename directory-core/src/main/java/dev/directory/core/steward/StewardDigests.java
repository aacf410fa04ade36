package dev.directory.core.steward;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.change.Writes;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The weekly digest each steward is sent: at most one a week (weeks start on Monday), and only in a
 * week when they have something to do. Several nodes may look at once: the week's row, written in
 * the transaction that puts the e-mail in the outbox, lets one of them send it.
 */
@Singleton
public class StewardDigests {

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final StewardQueue queue;
  private final Outbox outbox;
  private final TransactionOperations<Connection> transactions;
  private final Writes writes;

  StewardDigests(
      JdbcOperations jdbc,
      Accounts accounts,
      StewardQueue queue,
      Outbox outbox,
      TransactionOperations<Connection> transactions,
      Writes writes) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.queue = queue;
    this.outbox = outbox;
    this.transactions = transactions;
    this.writes = writes;
  }

  /** A steward who may be sent a digest: an enabled editor or admin with an e-mail address. */
  public record Recipient(String username, String displayName, String email) {}

  /** The Monday of {@code day}'s week. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Puts this week's digest in the outbox for every steward not sent one yet who has something to
   * do. {@code compose} writes the e-mail.
   *
   * @param cutoff records last verified before this day are stale
   * @return the digests added
   */
  public int send(
      LocalDate today,
      LocalDate cutoff,
      BiFunction<Recipient, StewardQueue.Work, OutboxMessage> compose) {
    LocalDate week = weekOf(today);
    int sent = 0;
    for (Recipient recipient : unsent(week)) {
      StewardQueue.Work work = queue.of(recipient.username(), cutoff);
      if (work.nothingToDo()) {
        continue;
      }
      OutboxMessage message = compose.apply(recipient, work);
      if (claim(recipient, week, message)) {
        sent++;
      }
    }
    return sent;
  }

  /** Writes the week's row and adds the e-mail; false when another node has sent it. */
  private boolean claim(Recipient recipient, LocalDate week, OutboxMessage message) {
    try {
      return writes.inTransaction(
          () -> {
            int rows =
                jdbc.prepareStatement(
                    "INSERT INTO steward_digest (username, week) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM steward_digest WHERE username = ? AND week = ?)",
                    statement -> {
                      statement.setString(1, recipient.username());
                      statement.setDate(2, Date.valueOf(week));
                      statement.setString(3, recipient.username());
                      statement.setDate(4, Date.valueOf(week));
                      return statement.executeUpdate();
                    });
            if (rows == 1) {
              outbox.add(message);
            }
            return rows == 1;
          });
    } catch (DataAccessException e) {
      // the other node's row came first: its digest is the week's
      return false;
    }
  }

  /** The enabled editors and admins with an e-mail address not sent the week's digest yet. */
  private List<Recipient> unsent(LocalDate week) {
    Set<String> sent = sentIn(week);
    return accounts.all().stream()
        .filter(a -> a.enabled() && a.role() != Role.VIEWER && a.email() != null)
        .filter(a -> !sent.contains(a.username()))
        .map(a -> new Recipient(a.username(), a.displayName(), a.email()))
        .toList();
  }

  private Set<String> sentIn(LocalDate week) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT username FROM steward_digest WHERE week = ?",
                statement -> {
                  statement.setDate(1, Date.valueOf(week));
                  Set<String> usernames = new HashSet<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      usernames.add(rows.getString(1));
                    }
                  }
                  return usernames;
                }));
  }
}
