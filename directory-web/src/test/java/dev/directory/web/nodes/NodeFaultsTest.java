package dev.directory.web.nodes;

import static dev.directory.web.nodes.NodesUnderLoad.assertIndexEqualsDatabase;
import static dev.directory.web.nodes.NodesUnderLoad.awaitAnswer;
import static dev.directory.web.nodes.NodesUnderLoad.json;
import static dev.directory.web.nodes.NodesUnderLoad.newPerson;
import static dev.directory.web.nodes.NodesUnderLoad.retitled;
import static dev.directory.web.nodes.NodesUnderLoad.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.directory.core.testing.TestDatabase;
import dev.directory.web.ServerProcess;
import dev.directory.web.TcpProxy;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL under mixed load — people created, edited, merged and deleted,
 * inquiries sent — while one node is killed as the operating system would ({@code kill -9}) and
 * started again, and while PostgreSQL goes away and comes back as in a restart (the connections of
 * both nodes run through a relay the test cuts and restores). Afterwards no write that was answered
 * 2xx is lost, no answer was a 500, and both nodes' indexes hold every record at the version the
 * database holds.
 */
class NodeFaultsTest {

  private static final Pattern HOST_AND_PORT =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");
  private static final int CLIENTS = 6;

  @TempDir Path homeA;

  @TempDir Path homeB;

  /** What one client knows was acknowledged: people and their titles, people gone, inquiries. */
  private static final class Acknowledged {
    final Map<String, String> titles = new LinkedHashMap<>();
    final Map<String, Integer> gone = new LinkedHashMap<>(); // id: 404 deleted, 308 merged away
    final List<String> inquiries = new ArrayList<>();
  }

  @Test
  void killingANodeAndRestartingTheDatabaseUnderLoadLosesNoAcknowledgedWriteAndAnswersNo500()
      throws Exception {
    assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL: run with it to test them");
    Map<String, String> direct = ServerProcess.databaseSettings();
    Matcher target = HOST_AND_PORT.matcher(direct.get("DIRECTORY_DATABASE_URL"));
    assertTrue(target.find(), direct.get("DIRECTORY_DATABASE_URL"));
    try (TcpProxy database =
        new TcpProxy(
            target.group(1), target.group(2) == null ? 5432 : Integer.parseInt(target.group(2)))) {
      Map<String, String> settings = new HashMap<>(direct);
      settings.put(
          "DIRECTORY_DATABASE_URL",
          target.replaceFirst("jdbc:postgresql://127.0.0.1:" + database.port() + "/"));
      settings.put("DIRECTORY_INQUIRIES_RATE_LIMIT_PER_MINUTE", "100000");
      try (ServerProcess a = new ServerProcess(homeA, settings);
          ServerProcess b = new ServerProcess(homeB, settings)) {
        a.start();
        b.start();
        List<ServerProcess> nodes = List.of(a, b);
        AtomicBoolean loading = new AtomicBoolean(true);
        List<String> serverErrors = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Acknowledged>> acknowledged = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          acknowledged.add(
              clients.submit(() -> load(client, nodes, loading, serverErrors, statuses)));
        }

        Thread.sleep(4_000);
        b.kill();
        Thread.sleep(2_000);
        b.start(); // catches up from the change log before it answers UP
        Thread.sleep(3_000);
        database.cut();
        Thread.sleep(3_000);
        database.resume();
        // long enough after the outage for well over a hundred acknowledged writes to check, on
        // two cores shared by two nodes, PostgreSQL and the clients
        Thread.sleep(12_000);
        loading.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS));

        assertEquals(List.of(), serverErrors, "answers of 500 and above, 503 aside");
        assertTrue(statuses.getOrDefault(503, 0) > 0, "the outage was seen: " + statuses);
        int checked = 0;
        for (Future<Acknowledged> future : acknowledged) {
          Acknowledged mine = future.get();
          for (ServerProcess node : nodes) {
            for (Map.Entry<String, String> person : mine.titles.entrySet()) {
              HttpResponse<String> now = awaitAnswer(node, "/api/people/" + person.getKey());
              assertEquals(200, now.statusCode(), person.getKey() + ": " + now.body());
              assertEquals(person.getValue(), json(now.body()).get("title"), now.body());
              checked++;
            }
            for (Map.Entry<String, Integer> gone : mine.gone.entrySet()) {
              HttpResponse<String> now = awaitAnswer(node, "/api/people/" + gone.getKey());
              assertEquals(gone.getValue(), now.statusCode(), gone.getKey() + ": " + now.body());
              checked++;
            }
            for (String inquiry : mine.inquiries) {
              assertEquals(200, awaitAnswer(node, "/api/inquiries/" + inquiry).statusCode());
              checked++;
            }
          }
        }
        assertTrue(checked > 100, "acknowledged writes checked: " + checked + " " + statuses);
        assertIndexEqualsDatabase(a, direct);
        assertIndexEqualsDatabase(b, direct);
      }
    }
  }

  /**
   * One client's mixed load, on both nodes in turn, until told to stop: it creates two people,
   * edits one, merges the other into it, sometimes deletes one, and sends an inquiry. Each write
   * answered 2xx is noted; a record whose write got no answer, or one that may have been written
   * (503: the commit's outcome unknown), is left out of what is checked.
   */
  private static Acknowledged load(
      int client,
      List<ServerProcess> nodes,
      AtomicBoolean loading,
      List<String> serverErrors,
      Map<Integer, Integer> statuses) {
    Acknowledged mine = new Acknowledged();
    int step = 0;
    while (loading.get()) {
      step++;
      ServerProcess node = nodes.get(step % 2);
      String keep = "test-fault-" + client + "-" + step + "-keep";
      String other = "test-fault-" + client + "-" + step + "-other";
      try {
        if (!created(node, keep, mine, serverErrors, statuses)
            || !created(nodes.get((step + 1) % 2), other, mine, serverErrors, statuses)) {
          continue;
        }
        HttpResponse<String> read = node.get("/api/people/" + keep);
        if (note(read, serverErrors, statuses) != 200) {
          continue;
        }
        String title = "Fault officer " + client + "-" + step;
        HttpResponse<String> edit = node.put("/api/people/" + keep, retitled(read, title));
        if (note(edit, serverErrors, statuses) != 200) {
          mine.titles.remove(keep);
          continue;
        }
        mine.titles.put(keep, title);
        HttpResponse<String> otherRead = node.get("/api/people/" + other);
        if (note(otherRead, serverErrors, statuses) != 200) {
          continue;
        }
        ServerProcess merging = nodes.get((step + 1) % 2);
        HttpResponse<String> merge =
            merging.post(
                "/api/people/" + keep + "/merge",
                json(
                    Map.of(
                        "other", other,
                        "version", version(edit),
                        "otherVersion", version(otherRead),
                        "choices", Map.of("title", "this"))));
        if (note(merge, serverErrors, statuses) != 200) {
          mine.titles.remove(keep);
          mine.titles.remove(other);
          continue;
        }
        mine.titles.remove(other);
        mine.gone.put(other, 308);
        mine.titles.put(keep, (String) json(merge.body()).get("title"));
        if (step % 3 == 0) {
          HttpResponse<String> delete =
              node.delete("/api/people/" + keep + "?version=" + version(merge));
          mine.titles.remove(keep);
          if (note(delete, serverErrors, statuses) == 204) {
            mine.gone.put(keep, 404);
          }
        }
        HttpResponse<String> inquiry =
            node.post(
                "/api/inquiries",
                "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\","
                    + "\"subject\":\"Arica "
                    + step
                    + "\",\"message\":\"A question about Arica.\"}");
        if (note(inquiry, serverErrors, statuses) == 201) {
          mine.inquiries.add((String) json(inquiry.body()).get("id"));
        }
      } catch (IOException e) {
        // no answer (the node was killed): what this step wrote is unknown, and not checked
        mine.titles.remove(keep);
        mine.titles.remove(other);
        sleep();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return mine;
      }
    }
    return mine;
  }

  private static boolean created(
      ServerProcess node,
      String id,
      Acknowledged mine,
      List<String> serverErrors,
      Map<Integer, Integer> statuses)
      throws IOException, InterruptedException {
    HttpResponse<String> made = node.post("/api/people", newPerson(id, "Fault"));
    if (note(made, serverErrors, statuses) != 201) {
      return false;
    }
    mine.titles.put(id, null);
    return true;
  }

  private static int note(
      HttpResponse<String> answer, List<String> serverErrors, Map<Integer, Integer> statuses) {
    int status = answer.statusCode();
    statuses.merge(status, 1, Integer::sum);
    if (status >= 500 && status != 503) {
      serverErrors.add(
          answer.request().method()
              + " "
              + answer.request().uri()
              + ": "
              + status
              + " "
              + answer.body());
    }
    if (status == 503) {
      sleep();
    }
    return status;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
