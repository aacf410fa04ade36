package dev.directory.core.change;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * How far each follower of the change log has gone (the watches' events, the webhooks' deliveries):
 * a row each, locked by the node that moves it on, in the transaction that writes what it made of
 * the changes, so that each change is followed once however many nodes run. Call inside a writing
 * transaction.
 */
@Singleton
public class LogCursors {

  public static final String WATCHES = "watches";
  public static final String WEBHOOKS = "webhooks";

  /** Not of the change log: the last report of an outdated record the watches were told of. */
  public static final String WATCH_REPORTS = "watch-reports";

  private final JdbcOperations jdbc;

  LogCursors(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The cursor's position, not locked. Call in or out of a transaction. */
  public long at(String name) {
    return jdbc.prepareStatement(
        "SELECT seq FROM log_cursor WHERE name = ?",
        statement -> {
          statement.setString(1, name);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /** The cursor's position, locked until the transaction ends. */
  public long lock(String name) {
    return jdbc.prepareStatement(
        "SELECT seq FROM log_cursor WHERE name = ? FOR UPDATE",
        statement -> {
          statement.setString(1, name);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /** Moves the cursor on to {@code seq}, never back. */
  public void move(String name, long seq) {
    jdbc.prepareStatement(
        "UPDATE log_cursor SET seq = ? WHERE name = ? AND seq < ?",
        statement -> {
          statement.setLong(1, seq);
          statement.setString(2, name);
          statement.setLong(3, seq);
          return statement.executeUpdate();
        });
  }
}
