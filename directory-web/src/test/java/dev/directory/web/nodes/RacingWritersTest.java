package dev.directory.web.nodes;

import static dev.directory.web.nodes.NodesUnderLoad.assertIndexEqualsDatabase;
import static dev.directory.web.nodes.NodesUnderLoad.json;
import static dev.directory.web.nodes.NodesUnderLoad.newPerson;
import static dev.directory.web.nodes.NodesUnderLoad.retitled;
import static dev.directory.web.nodes.NodesUnderLoad.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.directory.core.testing.TestDatabase;
import dev.directory.web.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Honest writers racing on two nodes sharing one PostgreSQL: 50 merges of two people on node A,
 * each against an edit of one of the two on node B, with creates and deletes, all started at once
 * behind a barrier. No answer is a 5xx, and every answer is true: what was answered 2xx is there,
 * what was refused left nothing. (A merge took its rows' locks before the change log's and
 * deadlocked against such an edit: 43 of 50 pairs answered 500.)
 */
class RacingWritersTest {

  private static final int PAIRS = 50;
  private static final int CREATES = 20;
  private static final int DELETES = 20;

  @TempDir Path homeA;
  @TempDir Path homeB;

  @Test
  void mergesEditsCreatesAndDeletesRacingOnTwoNodesAnswerNo5xxAndEveryAnswerIsTrue()
      throws Exception {
    assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL: run with it to test them");
    Map<String, String> settings = ServerProcess.databaseSettings();
    try (ServerProcess a = new ServerProcess(homeA, settings);
        ServerProcess b = new ServerProcess(homeB, settings)) {
      a.start();
      b.start();
      for (int i = 0; i < PAIRS; i++) {
        assertEquals(201, a.post("/api/people", newPerson(x(i), "Racer " + i)).statusCode());
        assertEquals(201, a.post("/api/people", newPerson(y(i), "Racer " + i)).statusCode());
      }
      for (int i = 0; i < DELETES; i++) {
        assertEquals(201, b.post("/api/people", newPerson(doomed(i), "Doomed")).statusCode());
      }
      Map<String, HttpResponse<String>> before = new HashMap<>();
      for (int i = 0; i < PAIRS; i++) {
        before.put(x(i), a.get("/api/people/" + x(i)));
        before.put(y(i), a.get("/api/people/" + y(i)));
      }
      Map<String, Long> doomedVersions = new HashMap<>();
      for (int i = 0; i < DELETES; i++) {
        doomedVersions.put(doomed(i), version(a.get("/api/people/" + doomed(i))));
      }

      List<Callable<HttpResponse<String>>> merges = new ArrayList<>();
      List<Callable<HttpResponse<String>>> edits = new ArrayList<>();
      List<Callable<HttpResponse<String>>> creates = new ArrayList<>();
      List<Callable<HttpResponse<String>>> deletes = new ArrayList<>();
      for (int i = 0; i < PAIRS; i++) {
        String merge =
            json(
                Map.of(
                    "other", y(i),
                    "version", version(before.get(x(i))),
                    "otherVersion", version(before.get(y(i)))));
        String xi = x(i);
        merges.add(() -> a.post("/api/people/" + xi + "/merge", merge));
        String edited = edited(i);
        String body = retitled(before.get(edited), "Raced officer " + i);
        edits.add(() -> b.put("/api/people/" + edited, body));
      }
      for (int i = 0; i < CREATES; i++) {
        ServerProcess node = i % 2 == 0 ? a : b;
        String body = newPerson(created(i), "Created");
        creates.add(() -> node.post("/api/people", body));
      }
      for (int i = 0; i < DELETES; i++) {
        ServerProcess node = i % 2 == 0 ? b : a;
        String path = "/api/people/" + doomed(i) + "?version=" + doomedVersions.get(doomed(i));
        deletes.add(() -> node.delete(path));
      }
      List<Callable<HttpResponse<String>>> all = new ArrayList<>();
      all.addAll(merges);
      all.addAll(edits);
      all.addAll(creates);
      all.addAll(deletes);
      List<HttpResponse<String>> answers = atOnce(all);

      List<String> fiveHundreds = new ArrayList<>();
      for (HttpResponse<String> answer : answers) {
        if (answer.statusCode() >= 500) {
          fiveHundreds.add(
              answer.request().uri() + ": " + answer.statusCode() + " " + answer.body());
        }
      }
      assertEquals(List.of(), fiveHundreds);

      int merged = 0;
      int editsMade = 0;
      for (int i = 0; i < PAIRS; i++) {
        HttpResponse<String> merge = answers.get(i);
        HttpResponse<String> edit = answers.get(PAIRS + i);
        assertTrue(List.of(200, 409).contains(merge.statusCode()), merge.body());
        assertTrue(List.of(200, 404, 409).contains(edit.statusCode()), edit.body());
        boolean mergeDone = merge.statusCode() == 200;
        boolean editDone = edit.statusCode() == 200;
        assertFalse(mergeDone && editDone, "pair " + i + ": both on the same versions");
        HttpResponse<String> y = a.get("/api/people/" + y(i));
        assertEquals(mergeDone ? 308 : 200, y.statusCode(), "pair " + i + ": " + y.body());
        HttpResponse<String> x = a.get("/api/people/" + x(i));
        assertEquals(200, x.statusCode(), x.body());
        if (mergeDone) {
          merged++;
          assertEquals(x.body(), merge.body(), "the merge answered the record it made");
        }
        if (editDone) {
          editsMade++;
          HttpResponse<String> now = a.get("/api/people/" + edited(i));
          assertEquals("Raced officer " + i, json(now.body()).get("title"), now.body());
          assertEquals(version(edit), version(now), "the edit answered the version it made");
        }
        if (!mergeDone && !editDone) {
          assertEquals(before.get(x(i)).body(), x.body(), "refused both: nothing changed");
          assertEquals(before.get(y(i)).body(), y.body(), "refused both: nothing changed");
        }
      }
      assertEquals(PAIRS, merged + editsMade, "each pair: the merge or the edit, unless busy");
      for (int i = 0; i < CREATES; i++) {
        HttpResponse<String> answer = answers.get(2 * PAIRS + i);
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals(200, b.get("/api/people/" + created(i)).statusCode());
      }
      for (int i = 0; i < DELETES; i++) {
        HttpResponse<String> answer = answers.get(2 * PAIRS + CREATES + i);
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals(404, a.get("/api/people/" + doomed(i)).statusCode());
      }
      assertIndexEqualsDatabase(a, settings);
      assertIndexEqualsDatabase(b, settings);
    }
  }

  /** Runs every call at once, behind one barrier; their answers in the calls' order. */
  static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CyclicBarrier barrier = new CyclicBarrier(calls.size());
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return call.call();
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> future : futures) {
        answers.add(future.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String x(int i) {
    return "test-race-x-" + i;
  }

  private static String y(int i) {
    return "test-race-y-" + i;
  }

  /** Which of the pair node B edits: one or the other, in turn. */
  private static String edited(int i) {
    return i % 2 == 0 ? x(i) : y(i);
  }

  private static String created(int i) {
    return "test-race-new-" + i;
  }

  private static String doomed(int i) {
    return "test-race-doomed-" + i;
  }
}
