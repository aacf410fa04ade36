package dev.directory.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.ServerProcess;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the directory answered 2xx for is still there after its process is killed right after the
 * answer ({@code kill -9}, no shutdown): edits, new and deleted records, press inquiries and notes
 * on them, new accounts, over several kills of one home, and the index finds them after the
 * restart.
 */
class KillTest {

  private static final int ROUNDS = 3;
  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
  private static final Pattern INQUIRY = Pattern.compile("\"id\":\"(INQ-[^\"]+)\"");

  @TempDir Path home;

  private final Queue<String> titles = new ConcurrentLinkedQueue<>();
  private final Queue<String> people = new ConcurrentLinkedQueue<>();
  private final Queue<String> inquiries = new ConcurrentLinkedQueue<>();
  private final Queue<String> deleted = new ConcurrentLinkedQueue<>();
  private final Map<String, String> notes = new ConcurrentHashMap<>();
  private final Queue<String> accounts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acknowledged = new AtomicInteger();

  /** The test run's database (H2 in the home, or PostgreSQL), without the inquiry rate limit. */
  private static Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>(ServerProcess.databaseSettings());
    settings.put("DIRECTORY_INQUIRIES_RATE_LIMIT_PER_MINUTE", "100000");
    return settings;
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKillRightAfterItsAnswer() throws Exception {
    try (ServerProcess server = new ServerProcess(home, settings())) {
      for (int round = 1; round <= ROUNDS; round++) {
        server.start();
        int target = acknowledged.get() + 30 + 10 * round;
        int r = round;
        List<CompletableFuture<Void>> writers =
            List.of(
                CompletableFuture.runAsync(() -> editAndAsk(server, r)),
                CompletableFuture.runAsync(() -> createAndAsk(server, r)),
                CompletableFuture.runAsync(() -> makeAccounts(server, r)));
        while (acknowledged.get() < target && writers.stream().noneMatch(Future::isDone)) {
          Thread.onSpinWait();
        }
        server.kill(); // while the writers' next requests are in flight
        for (CompletableFuture<Void> writer : writers) {
          writer.get(60, TimeUnit.SECONDS); // a writer's failed assertion fails the test
        }
      }

      server.start();
      List<String> lost = new ArrayList<>();
      String history = server.get("/api/people/norberto-giron/history").body();
      titles.stream().filter(title -> !history.contains("\"" + title + "\"")).forEach(lost::add);
      for (String id : people) {
        if (server.get("/api/people/" + id).statusCode() != 200) {
          lost.add(id);
        }
      }
      for (String id : inquiries) {
        if (server.get("/api/inquiries/" + id).statusCode() != 200) {
          lost.add(id);
        }
      }
      for (String id : deleted) {
        if (server.get("/api/people/" + id).statusCode() != 404) {
          lost.add("the deletion of " + id);
        }
      }
      for (Map.Entry<String, String> note : notes.entrySet()) {
        if (!server.get("/api/inquiries/" + note.getKey()).body().contains(note.getValue())) {
          lost.add(note.getValue());
        }
      }
      for (String username : accounts) {
        if (server.get("/api/accounts/" + username).statusCode() != 200) {
          lost.add(username);
        }
      }
      assertEquals(List.of(), lost, "acknowledged, then lost");
      assertTrue(titles.size() > 0 && people.size() > 0 && inquiries.size() > 0);
      assertTrue(deleted.size() > 0 && notes.size() > 0 && accounts.size() > 0);

      String title = field(server.get("/api/people/norberto-giron").body(), "title");
      assertTrue(server.get("/api/search?q=" + title).body().contains("norberto-giron"));
      String found = server.get("/api/search?q=killtest&size=100").body();
      assertTrue(total(found) >= people.size() - deleted.size(), found);
    }
  }

  /** Edits one person's title again and again, and sends an inquiry after each edit. */
  private void editAndAsk(ServerProcess server, int round) {
    AtomicLong version = new AtomicLong(-1);
    untilKilled(
        i -> {
          if (version.get() < 0) {
            version.set(version(server.get("/api/people/norberto-giron")));
          }
          String title = "killtest r" + round + " n" + i;
          HttpResponse<String> edited =
              server.put(
                  "/api/people/norberto-giron",
                  "{\"givenName\":\"Norberto\",\"familyName\":\"Girón\",\"title\":\""
                      + title
                      + "\",\"organization\":{\"id\":\"iom-chile\"},"
                      + "\"roles\":[\"chief of mission\"],"
                      + "\"pressContact\":false,\"visibility\":\"public\",\"version\":"
                      + version.get()
                      + "}");
          assertEquals(200, edited.statusCode(), edited.body());
          titles.add(title);
          acknowledged.incrementAndGet();
          version.set(version(edited));
          ask(server, "r" + round + " e" + i);
        });
  }

  /** Creates people, and sends an inquiry after each. */
  private void createAndAsk(ServerProcess server, int round) {
    untilKilled(
        i -> {
          String id = "killtest-" + round + "-" + i;
          HttpResponse<String> created =
              server.post(
                  "/api/people",
                  "{\"id\":\""
                      + id
                      + "\",\"givenName\":\"Killtest\",\"familyName\":\"Person "
                      + round
                      + "-"
                      + i
                      + "\",\"organization\":{\"id\":\"iom-chile\"},\"pressContact\":false,"
                      + "\"visibility\":\"internal\"}");
          assertEquals(201, created.statusCode(), created.body());
          acknowledged.incrementAndGet();
          if (i % 2 == 1) {
            HttpResponse<String> gone = server.delete("/api/people/" + id + "?version=1");
            assertEquals(204, gone.statusCode(), gone.body());
            deleted.add(id);
            acknowledged.incrementAndGet();
          } else {
            people.add(id);
          }
          String inquiry = ask(server, "r" + round + " c" + i);
          String note = "killtest note r" + round + " c" + i;
          HttpResponse<String> noted =
              server.patch("/api/inquiries/" + inquiry, "{\"note\":\"" + note + "\"}");
          assertEquals(200, noted.statusCode(), noted.body());
          notes.put(inquiry, note);
          acknowledged.incrementAndGet();
        });
  }

  /** Makes accounts (signing in through the identity provider only: no bcrypt to wait for). */
  private void makeAccounts(ServerProcess server, int round) {
    untilKilled(
        i -> {
          String username = "killtest-" + round + "-" + i;
          HttpResponse<String> made =
              server.post(
                  "/api/accounts",
                  "{\"username\":\""
                      + username
                      + "\",\"displayName\":\"Killtest Account\",\"role\":\"viewer\"}");
          assertEquals(201, made.statusCode(), made.body());
          accounts.add(username);
          acknowledged.incrementAndGet();
        });
  }

  /** One write of a writer, the {@code i}th. */
  @FunctionalInterface
  private interface Step {
    void run(int i) throws IOException, InterruptedException;
  }

  /** Runs step 0, 1, 2 … until the server is killed under it. */
  private static void untilKilled(Step step) {
    try {
      for (int i = 0; ; i++) {
        step.run(i);
      }
    } catch (IOException | InterruptedException killed) {
      // the server was killed: this writer is done
    }
  }

  /** Sends an inquiry; returns its reference. */
  private String ask(ServerProcess server, String subject)
      throws IOException, InterruptedException {
    HttpResponse<String> sent =
        server.post(
            "/api/inquiries",
            "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\",\"subject\":\""
                + subject
                + "\",\"message\":\"A question about Arica.\"}");
    assertEquals(201, sent.statusCode(), sent.body());
    Matcher id = INQUIRY.matcher(sent.body());
    assertTrue(id.find(), sent.body());
    inquiries.add(id.group(1));
    acknowledged.incrementAndGet();
    return id.group(1);
  }

  private static long version(HttpResponse<String> record) {
    Matcher version = VERSION.matcher(record.body());
    assertTrue(version.find(), record.body());
    return Long.parseLong(version.group(1));
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertTrue(value.find(), json);
    return value.group(1).replace(' ', '+');
  }

  private static long total(String json) {
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
    assertTrue(total.find(), json);
    return Long.parseLong(total.group(1));
  }
}
