package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.directory.core.testing.TestDatabase;
import dev.directory.web.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's backup of a PostgreSQL directory, with PostgreSQL's own tools: {@code pg_dump} while a
 * node runs, {@code pg_restore} after the database is lost, and a new node on what was restored.
 */
class PostgresBackupTest {

  private static final Pattern URL =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)\\?.*currentSchema=(\\w+)");
  private static final String PERSON = "/api/people/maria-elena-santos";

  @TempDir Path home;
  @TempDir Path newHome;
  @TempDir Path backups;

  @Test
  void aDumpTakenWhileANodeRunsRestoresTheRecordsAsTheyWereThen() throws Exception {
    assumeTrue(TestDatabase.postgres(), "pg_dump and pg_restore are tested on PostgreSQL");
    Map<String, String> settings = ServerProcess.databaseSettings();
    Matcher database = URL.matcher(settings.get("DIRECTORY_DATABASE_URL"));
    assertTrue(database.find(), settings.get("DIRECTORY_DATABASE_URL"));
    Path dump = backups.resolve("directory.dump");
    String before;
    try (ServerProcess server = new ServerProcess(home, settings)) {
      server.start();
      assertEquals(200, server.put(PERSON, withTitle(server, "Backedup officer")).statusCode());
      before = server.get(PERSON).body();

      run(
          settings,
          "pg_dump",
          database,
          "--format=custom",
          "--file=" + dump,
          "--schema",
          database.group(4));

      assertEquals(200, server.put(PERSON, withTitle(server, "Afterthedump officer")).statusCode());
    }
    try (Connection connection =
            DriverManager.getConnection(
                settings.get("DIRECTORY_DATABASE_URL"),
                settings.get("DIRECTORY_DATABASE_USERNAME"),
                settings.get("DIRECTORY_DATABASE_PASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA " + database.group(4) + " CASCADE");
    }

    run(settings, "pg_restore", database, "--no-owner", dump.toString());

    try (ServerProcess restored = new ServerProcess(newHome, settings)) {
      restored.start();
      assertEquals(before, restored.get(PERSON).body());
      assertTrue(restored.get("/api/search?q=backedup").body().contains("maria-elena-santos"));
      assertFalse(restored.get("/api/search?q=afterthedump").body().contains("maria-elena-santos"));
    }
  }

  private static String withTitle(ServerProcess server, String title) throws Exception {
    return server
        .get(PERSON)
        .body()
        .replaceFirst("\"title\":(null|\"[^\"]*\")", "\"title\":\"" + title + "\"");
  }

  /** Runs one of PostgreSQL's client tools on the test database; fails with its output. */
  private static void run(
      Map<String, String> settings, String tool, Matcher database, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool, "--host", database.group(1)));
    command.addAll(List.of("--port", database.group(2) == null ? "5432" : database.group(2)));
    command.addAll(List.of("--username", settings.get("DIRECTORY_DATABASE_USERNAME")));
    command.addAll(List.of("--dbname", database.group(3)));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", settings.get("DIRECTORY_DATABASE_PASSWORD"));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          tool + " is needed for this test (Debian: postgresql-client): " + e.getMessage(), e);
    }
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), tool + ": " + output);
  }
}
