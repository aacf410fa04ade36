package dev.directory.web.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures ask the client to come back (503) rather than report a fault (500). */
class DatabaseErrorsTest {

  @Test
  void aPoolWithoutConnectionsIsUnavailable() {
    // what Hikari throws when no connection could be had in time
    var timeout =
        new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 30000ms.");

    assertTrue(DatabaseErrors.unreachable(new DataAccessException("query failed", timeout)));
    assertTrue(
        DatabaseErrors.unreachable(
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout)));
  }

  @Test
  void aServerThatRefusesConnectionsOrShutsDownIsUnavailable() {
    var refused = new SQLException("Connection to localhost:5432 refused.", "08001");
    var shuttingDown =
        new SQLException("terminating connection due to administrator command", "57P01");

    assertTrue(DatabaseErrors.unreachable(new DataAccessException("query failed", refused)));
    assertTrue(DatabaseErrors.unreachable(new DataAccessException("query failed", shuttingDown)));
    assertTrue(
        DatabaseErrors.unreachable(
            new DataAccessException("query failed", new ConnectException("Connection refused"))));
  }

  @Test
  void aQueryTheDatabaseRefusedIsAFaultNotAnOutage() {
    var syntax = new SQLException("syntax error at or near \"FROM\"", "42601");

    assertFalse(DatabaseErrors.unreachable(new DataAccessException("query failed", syntax)));
    assertFalse(DatabaseErrors.unreachable(new DataAccessException("no such row")));
  }
}
