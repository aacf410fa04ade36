package dev.directory.web.bench;

import dev.directory.web.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How soon an edit made on one node is found on another: two server processes on one PostgreSQL
 * (the one {@code DIRECTORY_TEST_POSTGRES_URL} names, a new schema), each with its own index. Each
 * of {@value #EDITS} edits changes a person's title on node A; the time from A's answer until a
 * search on node B finds the new title is one sample. The nodes look for changes every 500 ms (the
 * default {@code directory.sync-interval-millis}).
 *
 * <p>Run with {@code DIRECTORY_TEST_POSTGRES_URL=… ./mvnw -Pnodes-bench -pl directory-web -am
 * -DskipTests verify}; the figures go to {@code directory-web/target/nodes-benchmark.txt}.
 */
public final class NodesBenchmark {

  private static final int EDITS = 200;

  private NodesBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("directory.test.database", "postgresql");
    Path homes = Files.createTempDirectory("directory-nodes-bench");
    var settings = ServerProcess.databaseSettings();
    try (ServerProcess a = new ServerProcess(homes.resolve("a"), settings);
        ServerProcess b = new ServerProcess(homes.resolve("b"), settings)) {
      Files.createDirectories(homes.resolve("a"));
      Files.createDirectories(homes.resolve("b"));
      a.start();
      b.start();
      String person = a.get("/api/people/maria-elena-santos").body();
      List<Long> micros = new ArrayList<>();
      for (int i = 1; i <= EDITS; i++) {
        String marker = "nodebench" + Integer.toString(i * 7919, 36) + "x";
        String changed =
            person.replaceFirst("\"title\":(null|\"[^\"]*\")", "\"title\":\"" + marker + "\"");
        HttpResponse<String> saved = a.put("/api/people/maria-elena-santos", changed);
        if (saved.statusCode() != 200) {
          throw new IllegalStateException("edit " + i + ": " + saved.body());
        }
        long acknowledged = System.nanoTime();
        while (!b.get("/api/search?q=" + marker + "%20").body().contains("maria-elena-santos")) {
          Thread.sleep(5);
          if (System.nanoTime() - acknowledged > 10_000_000_000L) {
            throw new IllegalStateException("edit " + i + " not found on node B in 10 s");
          }
        }
        micros.add((System.nanoTime() - acknowledged) / 1_000);
        person = saved.body();
      }
      Collections.sort(micros);
      String report =
          String.format(
              Locale.ROOT,
              "%d edits on node A, found on node B after: p50 %.0f ms, p99 %.0f ms, max %.0f ms"
                  + " (sync interval 500 ms)%n",
              EDITS,
              micros.get(EDITS / 2) / 1000.0,
              micros.get((int) Math.ceil(EDITS * 0.99) - 1) / 1000.0,
              micros.get(EDITS - 1) / 1000.0);
      System.out.print(report);
      Files.writeString(Path.of("target", "nodes-benchmark.txt"), report);
    }
  }
}
