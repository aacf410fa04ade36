package dev.directory.web.bench;

import dev.directory.web.RawHttp;
import dev.directory.web.ServerProcess;
import dev.directory.web.TemporaryHome;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

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

  /** What one shape of load came to. */
  record Figures(
      String shape,
      String kind,
      long requests,
      long failures,
      double perSecond,
      double p50,
      double p99) {

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.1f / %.1f | %.0f | %d of %d |",
          shape,
          kind,
          p50,
          p99,
          perSecond,
          failures,
          requests);
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
      String shape, int port, int inquirers, int searchers, long millis) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(inquirers + searchers);
    long deadline = System.nanoTime() + millis * 1_000_000;
    List<CompletableFuture<Latencies>> inquiries = new ArrayList<>();
    List<CompletableFuture<Latencies>> searches = new ArrayList<>();
    for (int i = 0; i < inquirers; i++) {
      int n = i;
      inquiries.add(
          CompletableFuture.supplyAsync(() -> load(port, deadline, k -> inquiry(n + k)), threads));
    }
    for (int i = 0; i < searchers; i++) {
      int n = i;
      searches.add(
          CompletableFuture.supplyAsync(() -> load(port, deadline, k -> search(n + k)), threads));
    }
    List<Figures> figures = new ArrayList<>();
    if (!inquiries.isEmpty()) {
      figures.add(figures(shape, "POST /api/inquiries", inquiries, millis));
    }
    if (!searches.isEmpty()) {
      figures.add(figures(shape, "GET /api/search (Basic)", searches, millis));
    }
    threads.shutdown();
    return figures;
  }

  private static Figures figures(
      String shape, String kind, List<CompletableFuture<Latencies>> runs, long millis) {
    Latencies all = new Latencies();
    runs.forEach(run -> all.add(run.join()));
    long[] sorted = Arrays.copyOf(all.nanos, all.count);
    Arrays.sort(sorted);
    return new Figures(
        shape,
        kind,
        all.count,
        all.failures.get(),
        all.count * 1000.0 / millis,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99));
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
  }

  @FunctionalInterface
  private interface Requests {
    byte[] next(int k);
  }

  /** One connection: request after request until the deadline, each timed. */
  private static Latencies load(int port, long deadline, Requests requests) {
    Latencies latencies = new Latencies();
    Connection connection = null;
    for (int k = 0; System.nanoTime() < deadline; k++) {
      long started = System.nanoTime();
      try {
        if (connection == null) {
          connection = new Connection(port);
        }
        int status = connection.exchange(requests.next(k));
        latencies.record(System.nanoTime() - started, status >= 200 && status < 300);
      } catch (IOException e) {
        latencies.record(System.nanoTime() - started, false);
        connection = close(connection);
      }
    }
    close(connection);
    return latencies;
  }

  private static byte[] search(int k) {
    return ("GET /api/search?q="
            + QUERIES.get(k % QUERIES.size())
            + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\n"
            + "Accept: application/json\r\n"
            + "Authorization: "
            + RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD)
            + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
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

  private static Connection close(Connection connection) {
    if (connection != null) {
      connection.close();
    }
    return null;
  }

  /** Times of one connection's requests, in nanoseconds. */
  private static final class Latencies {
    long[] nanos = new long[4096];
    int count;
    final AtomicLong failures = new AtomicLong();

    void record(long time, boolean ok) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = time;
      if (!ok) {
        failures.incrementAndGet();
      }
    }

    void add(Latencies other) {
      for (int i = 0; i < other.count; i++) {
        record(other.nanos[i], true);
      }
      failures.addAndGet(other.failures.get());
    }
  }

  /** A kept-alive HTTP/1.1 connection that reads each answer whole. */
  private static final class Connection {
    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;

    Connection(int port) throws IOException {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
    }

    int exchange(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String status = line();
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
            size > 0;
            size = Long.parseLong(line().split(";")[0].strip(), 16)) {
          skip(size);
          line();
        }
        line();
      } else if (length > 0) {
        skip(length);
      }
      return Integer.parseInt(status.split(" ")[1]);
    }

    private void skip(long bytes) throws IOException {
      long left = bytes;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("closed in the middle of an answer");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private String line() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("closed");
        }
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.ISO_8859_1);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
