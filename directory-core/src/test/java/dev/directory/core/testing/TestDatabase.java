package dev.directory.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database a test runs on. By default an H2 database in memory, new for each test context. With
 * {@code DIRECTORY_TEST_POSTGRES_URL} set (a {@code jdbc:postgresql://} URL; user and password in
 * {@code DIRECTORY_TEST_POSTGRES_USER} and {@code DIRECTORY_TEST_POSTGRES_PASSWORD}), a new schema
 * of that PostgreSQL database for each context instead, so that contexts never see each other's
 * rows.
 */
public final class TestDatabase {

  private static final String POSTGRES_URL = System.getenv("DIRECTORY_TEST_POSTGRES_URL");

  private TestDatabase() {}

  public static boolean postgres() {
    if (!"postgresql".equals(System.getProperty("directory.test.database"))) {
      return false;
    }
    if (POSTGRES_URL == null || POSTGRES_URL.isBlank()) {
      throw new IllegalStateException(
          "The tests on PostgreSQL need DIRECTORY_TEST_POSTGRES_URL, a jdbc:postgresql:// URL.");
    }
    return true;
  }

  /** Where a new, empty database is, and how to sign in to it. */
  public record Fresh(String url, String driver, String username, String password) {}

  /** A new, empty database. */
  public static Fresh fresh() {
    String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    if (!postgres()) {
      return new Fresh(
          "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
          "org.h2.Driver",
          "sa",
          "");
    }
    String user = env("DIRECTORY_TEST_POSTGRES_USER", "directory");
    String password = env("DIRECTORY_TEST_POSTGRES_PASSWORD", "directory");
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "DIRECTORY_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached: " + e.getMessage(),
          e);
    }
    String separator = POSTGRES_URL.contains("?") ? "&" : "?";
    return new Fresh(
        POSTGRES_URL + separator + "currentSchema=" + name,
        "org.postgresql.Driver",
        user,
        password);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
