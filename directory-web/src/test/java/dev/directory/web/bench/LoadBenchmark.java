package dev.directory.web.bench;

import dev.directory.web.RawHttp;
import dev.directory.web.ServerProcess;
import dev.directory.web.TemporaryHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load on the running directory, as its users make it: 64 connections at once, each sending its
 * next request as soon as the last is answered (keep-alive), against the real server process on the
 * seed. Three shapes — press inquiries alone (the public form's POST), searches alone (a program
 * with HTTP Basic), and both at once (32 + 32) — then the inquiries again on a server whose H2
 * writes commits late (its default), which is what durability costs in write speed.
 *
 * <p>Run with {@code ./mvnw -Pload-bench -pl directory-web -am -DskipTests verify}; the figures go
 * to {@code directory-web/target/load-benchmark.txt}.
 */
public final class LoadBenchmark {

  private static final int CONNECTIONS = 64;
  private static final long WARM_UP_MILLIS = 15_000;
  private static final long MEASURED_MILLIS = 15_000;

  private static final List<String> QUERIES =
      List.of(
          "salud",
          "arica",
          "ministry",
          "giron",
          "press",
          "minsal",
          "health",
          "santiago",
          "9633710",
          "iom%20chile",
          "sebas",
          "minstry%20of%20helth");

  private static final List<String> SUBJECTS =
      List.of(
          "Talleres en Arica",
          "Health workshops in Iquique",
          "Formation des fonctionnaires à Santiago",
          "Migrantes en Antofagasta",
          "Training of health officials in Chile");

  /** What one shape of load came to, for one kind of request. */
  record Figures(String shape, String kind, HttpLoad.Outcome outcome) {

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.1f / %.1f | %.0f | %d of %d |",
          shape,
          kind,
          outcome.p50(),
          outcome.p99(),
          outcome.perSecond(),
          outcome.failures(),
          outcome.requests());
    }
  }

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> rows = new ArrayList<>();
    rows.add("| load (64 connections) | request | p50 / p99 ms | per second | not 2xx |");
    rows.add("| --- | --- | --- | --- | --- |");
    Map<String, String> unlimited =
        Map.of("DIRECTORY_INQUIRIES_RATE_LIMIT_PER_MINUTE", "1000000000");
    Path durableHome = Files.createTempDirectory("directory-load");
    try (ServerProcess server = new ServerProcess(durableHome, unlimited)) {
      server.start();
      int port = server.port();
      run("warm-up", port, CONNECTIONS, 0, WARM_UP_MILLIS);
      run("warm-up", port, 0, CONNECTIONS, WARM_UP_MILLIS);
      run("inquiries alone", port, CONNECTIONS, 0, MEASURED_MILLIS).forEach(f -> rows.add(f.row()));
      run("searches alone", port, 0, CONNECTIONS, MEASURED_MILLIS).forEach(f -> rows.add(f.row()));
      run("both at once", port, CONNECTIONS / 2, CONNECTIONS / 2, MEASURED_MILLIS)
          .forEach(f -> rows.add(f.row()));
    }
    Path lateHome = Files.createTempDirectory("directory-load-late");
    Map<String, String> late =
        Map.of(
            "DIRECTORY_INQUIRIES_RATE_LIMIT_PER_MINUTE",
            "1000000000",
            "DATASOURCES_DEFAULT_URL",
            "jdbc:h2:file:" + lateHome.resolve("db/directory") + ";QUERY_CACHE_SIZE=128");
    try (ServerProcess server = new ServerProcess(lateHome, late)) {
      server.start();
      run("warm-up", server.port(), CONNECTIONS, 0, WARM_UP_MILLIS);
      run(
              "inquiries, commits written late (H2's default, not durable)",
              server.port(),
              CONNECTIONS,
              0,
              MEASURED_MILLIS)
          .forEach(f -> rows.add(f.row()));
    }
    String table = String.join("\n", rows) + "\n";
    System.out.print(table);
    Path out = Path.of("target", "load-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  /** Runs {@code inquirers} and {@code searchers} connections at once for {@code millis}. */
  private static List<Figures> run(
      String shape, int port, int inquirers, int searchers, long millis) {
    List<String> kinds = new ArrayList<>();
    List<HttpLoad.Clients> groups = new ArrayList<>();
    if (inquirers > 0) {
      kinds.add("POST /api/inquiries");
      groups.add(new HttpLoad.Clients(inquirers, LoadBenchmark::inquiry));
    }
    if (searchers > 0) {
      kinds.add("GET /api/search (Basic)");
      groups.add(new HttpLoad.Clients(searchers, LoadBenchmark::search));
    }
    List<HttpLoad.Outcome> outcomes = HttpLoad.run(port, millis, groups);
    List<Figures> figures = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      figures.add(new Figures(shape, kinds.get(i), outcomes.get(i)));
    }
    return figures;
  }

  private static byte[] search(int k) {
    return HttpLoad.get(
        "/api/search?q=" + QUERIES.get(k % QUERIES.size()),
        RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD));
  }

  private static byte[] inquiry(int k) {
    byte[] body =
        ("{\"name\":\"Load Test\",\"email\":\"load@example.org\",\"subject\":\""
                + SUBJECTS.get(k % SUBJECTS.size())
                + "\",\"message\":\"A question from the load benchmark, number "
                + k
                + ".\"}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST /api/inquiries HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Accept: application/json\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] request = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }
}
