package dev.directory.web.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.ServerProcess;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the tests of nodes under load share: JSON, people made and read through the API, and the
 * comparison of a node's index with the database, record by record.
 */
final class NodesUnderLoad {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  private NodesUnderLoad() {}

  static Map<String, Object> json(String body) {
    try {
      return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  static String json(Map<String, Object> value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clearly fake person of IOM Chile, as a client would send them. */
  static String newPerson(String id, String familyName) {
    return json(
        Map.of(
            "id",
            id,
            "givenName",
            "Test",
            "familyName",
            familyName,
            "organization",
            Map.of("id", "iom-chile"),
            "emails",
            List.of(Map.of("type", "work", "address", id + "@example.org"))));
  }

  /** The first answer that is not a 503 (the database away), within half a minute. */
  static HttpResponse<String> awaitAnswer(ServerProcess node, String path) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    HttpResponse<String> answer = node.get(path);
    while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      answer = node.get(path);
    }
    return answer;
  }

  static long version(HttpResponse<String> record) {
    return ((Number) json(record.body()).get("version")).longValue();
  }

  /** The record with another title, as a client edits it: what GET gave, changed. */
  static String retitled(HttpResponse<String> record, String title) {
    Map<String, Object> changed = new HashMap<>(json(record.body()));
    changed.put("title", title);
    return json(changed);
  }

  /** Every person, organisation and position, with its version, as the database holds them. */
  static Map<String, Long> databaseVersions(Map<String, String> settings) throws SQLException {
    Map<String, Long> versions = new TreeMap<>();
    try (Connection connection =
            DriverManager.getConnection(
                settings.get("DIRECTORY_DATABASE_URL"),
                settings.get("DIRECTORY_DATABASE_USERNAME"),
                settings.get("DIRECTORY_DATABASE_PASSWORD"));
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, version FROM person UNION ALL SELECT id, version FROM organization"
                    + " UNION ALL SELECT id, version FROM position")) {
      while (rows.next()) {
        versions.put(rows.getString(1), rows.getLong(2));
      }
    }
    return versions;
  }

  /** Every record the node's index holds, with the version it holds, as its search lists them. */
  @SuppressWarnings("unchecked")
  static Map<String, Long> indexVersions(ServerProcess node)
      throws IOException, InterruptedException {
    Map<String, Long> versions = new TreeMap<>();
    for (int page = 1; ; page++) {
      HttpResponse<String> answer = node.get("/api/search?sort=name&size=100&page=" + page);
      assertEquals(200, answer.statusCode(), answer.body());
      List<Map<String, Object>> results =
          (List<Map<String, Object>>) json(answer.body()).get("results");
      if (results.isEmpty()) {
        return versions;
      }
      for (Map<String, Object> result : results) {
        versions.put((String) result.get("id"), ((Number) result.get("version")).longValue());
      }
    }
  }

  /**
   * Waits until the node's index holds every record of the database at the database's version, and
   * nothing else; fails saying how they differ if it does not within a minute.
   */
  static void assertIndexEqualsDatabase(ServerProcess node, Map<String, String> settings)
      throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    Map<String, Long> database = databaseVersions(settings);
    Map<String, Long> index = indexVersions(node);
    while (!database.equals(index) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      database = databaseVersions(settings);
      index = indexVersions(node);
    }
    Map<String, String> differences = new TreeMap<>();
    for (String id : database.keySet()) {
      if (!database.get(id).equals(index.get(id))) {
        differences.put(id, "database " + database.get(id) + ", index " + index.get(id));
      }
    }
    for (String id : index.keySet()) {
      if (!database.containsKey(id)) {
        differences.put(id, "in the index only, at " + index.get(id));
      }
    }
    assertEquals(Map.of(), differences, "node on port " + node.port());
    assertTrue(database.size() > 10, "the seed and more: " + database.size());
  }
}
