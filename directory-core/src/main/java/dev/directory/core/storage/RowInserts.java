package dev.directory.core.storage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts rows whose generated ids nobody reads (contacts, topics, history, the change log) as a
 * batch of one plain statement, in the current transaction. A repository's {@code saveAll} asks
 * each row's id back, so PostgreSQL's driver sends a statement a row; without that, it rewrites the
 * batch into multi-row inserts ({@code reWriteBatchedInserts}).
 */
@Singleton
public final class RowInserts {

  /** Sets one row's values on the statement's parameters. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private final JdbcOperations jdbc;

  RowInserts(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public <T> void insertAll(String sql, List<T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        sql,
        statement -> {
          for (List<T> batch : Batches.of(rows)) {
            for (T row : batch) {
              binder.bind(statement, row);
              statement.addBatch();
            }
            statement.executeBatch();
          }
          return null;
        });
  }
}
