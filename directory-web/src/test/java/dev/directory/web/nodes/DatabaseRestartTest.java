package dev.directory.web.nodes;

import static dev.directory.web.nodes.NodesUnderLoad.awaitAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.directory.core.testing.TestDatabase;
import dev.directory.web.ServerProcess;
import dev.directory.web.TcpProxy;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running node while its PostgreSQL goes away and comes back, as in a restart: the connection
 * between them runs through a relay the test cuts (every open connection dropped, new ones refused)
 * and then restores.
 */
class DatabaseRestartTest {

  private static final Pattern HOST_AND_PORT =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");
  private static final String PERSON = "/api/people/maria-elena-santos";

  @TempDir Path home;

  @Test
  void requestsAnswer503WhileTheDatabaseIsAwayAndSucceedAgainWhenItIsBack() throws Exception {
    assumeTrue(TestDatabase.postgres(), "a database restart is tested on PostgreSQL");
    Map<String, String> settings = new HashMap<>(ServerProcess.databaseSettings());
    Matcher target = HOST_AND_PORT.matcher(settings.get("DIRECTORY_DATABASE_URL"));
    assertTrue(target.find(), settings.get("DIRECTORY_DATABASE_URL"));
    int targetPort = target.group(2) == null ? 5432 : Integer.parseInt(target.group(2));
    try (TcpProxy database = new TcpProxy(target.group(1), targetPort)) {
      settings.put(
          "DIRECTORY_DATABASE_URL",
          target.replaceFirst("jdbc:postgresql://127.0.0.1:" + database.port() + "/"));
      try (ServerProcess server = new ServerProcess(home, settings)) {
        server.start();
        HttpResponse<String> before = server.get(PERSON);
        assertEquals(200, before.statusCode(), before.body());

        database.cut();

        HttpResponse<String> read = server.get(PERSON);
        assertEquals(503, read.statusCode(), read.body());
        assertEquals("5", read.headers().firstValue("Retry-After").orElse(null));
        assertTrue(read.body().contains("database cannot be reached"), read.body());
        String edited =
            before
                .body()
                .replaceFirst("\"title\":(null|\"[^\"]*\")", "\"title\":\"Outage officer\"");
        HttpResponse<String> edit = server.put(PERSON, edited);
        assertEquals(503, edit.statusCode(), edit.body());
        HttpResponse<String> health = server.get("/health");
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(
            health.headers().firstValue("Content-Type").orElse("").contains("json"),
            "health answers JSON with the database away: " + health.body());
        assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
        assertTrue(health.body().contains("the database cannot be reached"), health.body());
        HttpResponse<String> page = server.page("/people/maria-elena-santos");
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("<html"), page.body());
        assertFalse(page.body().contains("Exception"), page.body());
        assertFalse(page.body().contains("at dev.directory"), page.body());

        database.resume();

        HttpResponse<String> after = awaitAnswer(server, PERSON);
        assertEquals(200, after.statusCode(), after.body());
        assertEquals(
            before.body(), after.body(), "the edit refused during the outage left nothing");
        HttpResponse<String> retried = server.put(PERSON, edited);
        assertEquals(200, retried.statusCode(), retried.body());
        // the node follows the change log again: the edit made after the outage is found
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!server.get("/api/search?q=outage").body().contains("maria-elena-santos")) {
          assertTrue(System.nanoTime() < deadline, "the edit after the outage was never found");
          Thread.sleep(100);
        }
      }
    }
  }
}
