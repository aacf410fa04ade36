package dev.directory.core.watch;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The records each watch follows now. Call inside a writing transaction to change them. */
@Singleton
class WatchMembers {

  private final JdbcOperations jdbc;

  WatchMembers(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  void add(String watchId, Collection<String> recordIds) {
    change("INSERT INTO watch_member (watch_id, record_id) VALUES (?, ?)", watchId, recordIds);
  }

  void remove(String watchId, Collection<String> recordIds) {
    change("DELETE FROM watch_member WHERE watch_id = ? AND record_id = ?", watchId, recordIds);
  }

  /** Which of {@code recordIds} the watch follows. */
  Set<String> among(String watchId, Collection<String> recordIds) {
    if (recordIds.isEmpty()) {
      return Set.of();
    }
    return jdbc.prepareStatement(
        "SELECT record_id FROM watch_member WHERE watch_id = ? AND record_id = ANY(?)",
        statement -> {
          statement.setString(1, watchId);
          statement.setArray(
              2, statement.getConnection().createArrayOf("VARCHAR", recordIds.toArray()));
          Set<String> found = new HashSet<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(rows.getString(1));
            }
          }
          return found;
        });
  }

  private void change(String sql, String watchId, Collection<String> recordIds) {
    if (recordIds.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        sql,
        statement -> {
          for (String recordId : recordIds) {
            batch(statement, watchId, recordId);
          }
          return statement.executeBatch();
        });
  }

  private static void batch(PreparedStatement statement, String watchId, String recordId)
      throws SQLException {
    statement.setString(1, watchId);
    statement.setString(2, recordId);
    statement.addBatch();
  }
}
