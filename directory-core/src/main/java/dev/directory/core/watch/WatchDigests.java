package dev.directory.core.watch;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digest of each member's watches: daily (yesterday's events) or weekly (last week's, from
 * Monday), as they chose (weekly unless they chose), only for a period with events, and once: the
 * period's row, written in the transaction that puts the e-mail in the outbox, lets one node send
 * it however many look at once.
 */
@Singleton
public class WatchDigests {

  /** What a digest is made of. */
  public record Digest(
      Account account,
      DigestFrequency frequency,
      LocalDate from,
      List<Watch> watches,
      List<WatchEvent> events) {}

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final Watches watches;
  private final Outbox outbox;
  private final Writes writes;
  private final TransactionOperations<Connection> transactions;

  WatchDigests(
      JdbcOperations jdbc,
      Accounts accounts,
      Watches watches,
      Outbox outbox,
      Writes writes,
      TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.watches = watches;
    this.outbox = outbox;
    this.writes = writes;
  }

  /** How often {@code username} is sent the digest: weekly unless they chose. */
  public DigestFrequency frequency(String username) {
    return choices().getOrDefault(username, DigestFrequency.WEEKLY);
  }

  public void choose(String username, DigestFrequency frequency) {
    writes.run(
        () -> {
          jdbc.prepareStatement(
              "DELETE FROM watch_digest_choice WHERE username = ?",
              statement -> {
                statement.setString(1, username);
                return statement.executeUpdate();
              });
          jdbc.prepareStatement(
              "INSERT INTO watch_digest_choice (username, frequency) VALUES (?, ?)",
              statement -> {
                statement.setString(1, username);
                statement.setString(2, frequency.code());
                return statement.executeUpdate();
              });
        });
  }

  /**
   * Puts in the outbox the digest of the last whole period of every enabled member with an address
   * and watches, not sent one for it yet, who had events in it.
   *
   * @return how many were added
   */
  public int send(LocalDate today, java.util.function.Function<Digest, OutboxMessage> compose) {
    Map<String, DigestFrequency> chosen = choices();
    int sent = 0;
    for (Account account : accounts.all()) {
      DigestFrequency frequency = chosen.getOrDefault(account.username(), DigestFrequency.WEEKLY);
      if (!account.enabled() || account.email() == null || frequency == DigestFrequency.NEVER) {
        continue;
      }
      List<Watch> its = watches.of(account.username());
      LocalDate from = frequency.lastWholePeriod(today);
      if (its.isEmpty() || sentFor(account.username(), from)) {
        continue;
      }
      List<WatchEvent> events =
          watches.between(
              its,
              from.atStartOfDay().toInstant(ZoneOffset.UTC),
              frequency.end(from).atStartOfDay().toInstant(ZoneOffset.UTC));
      if (events.isEmpty()) {
        continue;
      }
      OutboxMessage message = compose.apply(new Digest(account, frequency, from, its, events));
      if (claim(account.username(), from, message)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean claim(String username, LocalDate period, OutboxMessage message) {
    try {
      return writes.inTransaction(
          () -> {
            int rows =
                jdbc.prepareStatement(
                    "INSERT INTO watch_digest (username, period) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM watch_digest WHERE username = ? AND period = ?)",
                    statement -> {
                      statement.setString(1, username);
                      statement.setDate(2, Date.valueOf(period));
                      statement.setString(3, username);
                      statement.setDate(4, Date.valueOf(period));
                      return statement.executeUpdate();
                    });
            if (rows == 1) {
              outbox.add(message);
            }
            return rows == 1;
          });
    } catch (DataAccessException e) {
      // the other node's row came first: its digest is the period's
      return false;
    }
  }

  private boolean sentFor(String username, LocalDate period) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT 1 FROM watch_digest WHERE username = ? AND period = ?",
                statement -> {
                  statement.setString(1, username);
                  statement.setDate(2, Date.valueOf(period));
                  try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                  }
                }));
  }

  private Map<String, DigestFrequency> choices() {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT username, frequency FROM watch_digest_choice",
                statement -> {
                  Map<String, DigestFrequency> chosen = new HashMap<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      String username = rows.getString(1);
                      DigestFrequency.parse(rows.getString(2))
                          .ifPresent(f -> chosen.put(username, f));
                    }
                  }
                  return chosen;
                }));
  }
}
