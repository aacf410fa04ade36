package dev.directory.web.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.directory.core.testing.TestDatabase;
import dev.directory.web.ServerProcess;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two directory servers, each a process with a home (and search index) of its own, on one
 * PostgreSQL database, as behind a load balancer. Runs in the test run on PostgreSQL.
 */
class TwoNodesTest {

  private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

  @TempDir Path homeA;
  @TempDir Path homeB;

  @Test
  void twoNodesStartedAtOnceShareEditsAndMailEachInquiryOnce() throws Exception {
    assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL: run with it to test them");
    GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    mail.start();
    Map<String, String> shared = new HashMap<>(ServerProcess.databaseSettings());
    shared.put("DIRECTORY_MAIL_HOST", "127.0.0.1");
    shared.put("DIRECTORY_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
    shared.put("DIRECTORY_MAIL_FROM", "directory@example.org");
    shared.put("DIRECTORY_MAIL_POLL_INTERVAL", "1s");
    try (ServerProcess a = new ServerProcess(homeA, shared);
        ServerProcess b = new ServerProcess(homeB, shared)) {
      // both at once on the empty database: one imports the seed and makes the first admin, the
      // other waits for it and finds them
      CompletableFuture<Void> startingB =
          CompletableFuture.runAsync(
              () -> {
                try {
                  b.start();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      a.start();
      startingB.get(120, TimeUnit.SECONDS);

      HttpResponse<String> person = a.get("/api/people/maria-elena-santos");
      assertEquals(200, person.statusCode(), person.body());
      String changed =
          person
              .body()
              .replaceFirst("\"title\":(null|\"[^\"]*\")", "\"title\":\"Twonodesmarker officer\"");
      assertEquals(200, a.put("/api/people/maria-elena-santos", changed).statusCode());

      assertTrue(
          eventually(
              () -> b.get("/api/search?q=twonodesmarker").body().contains("maria-elena-santos")),
          "the edit made on node A is found on node B");
      Matcher version = VERSION.matcher(b.get("/api/people/maria-elena-santos").body());
      assertTrue(version.find());
      assertEquals(version(person) + 1, Long.parseLong(version.group(1)));

      List<String> subjects = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String subject = "Question " + i + " from a test newsroom";
        ServerProcess node = i % 2 == 0 ? a : b;
        HttpResponse<String> sent =
            node.post(
                "/api/inquiries",
                "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\",\"subject\":\""
                    + subject
                    + "\",\"message\":\"A question about Arica.\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        subjects.add(subject);
      }
      assertTrue(eventually(() -> mail.getReceivedMessages().length >= subjects.size()));
      // both nodes look through the outbox every second: give them a few rounds to send twice
      Thread.sleep(3_000);

      List<String> received = new ArrayList<>();
      for (MimeMessage message : mail.getReceivedMessages()) {
        received.add(message.getSubject().replaceFirst("^Press inquiry INQ-\\w+: ", ""));
      }
      assertEquals(subjects.size(), received.size(), "each inquiry mailed once: " + received);
      assertEquals(subjects.stream().sorted().toList(), received.stream().sorted().toList());
    } finally {
      mail.stop();
    }
  }

  private static long version(HttpResponse<String> record) {
    Matcher version = VERSION.matcher(record.body());
    assertTrue(version.find(), record.body());
    return Long.parseLong(version.group(1));
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Whether the check holds within ten seconds. */
  private static boolean eventually(Check check) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (check.holds()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
