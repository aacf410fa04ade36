package dev.directory.core.storage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * A consistent copy of an H2 database in a .zip (H2's {@code BACKUP TO}), safe to take while others
 * write: it reads, and takes no lock of the directory's.
 */
@Singleton
public class H2Backup {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  H2Backup(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** Writes the copy to {@code file}, which must not exist yet. */
  public void writeTo(Path file) {
    transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "BACKUP TO ?",
                (PreparedStatement statement) -> {
                  statement.setString(1, file.toString());
                  return statement.execute();
                }));
  }
}
