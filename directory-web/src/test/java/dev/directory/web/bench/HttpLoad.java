package dev.directory.web.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load on a running server, as its users make it: connections at once, each sending its next
 * request as soon as the last is answered (HTTP/1.1 keep-alive), every request timed.
 */
final class HttpLoad {

  /**
   * {@code connections} connections, each sending {@code requests.apply(k)} as its k-th request.
   */
  record Clients(int connections, IntFunction<byte[]> requests) {}

  /** What one group of clients came to. */
  record Outcome(long requests, long failures, double perSecond, double p50, double p99) {}

  private HttpLoad() {}

  /** Runs every group at once for {@code millis}; one outcome per group, in their order. */
  static List<Outcome> run(int port, long millis, List<Clients> groups) {
    int connections = groups.stream().mapToInt(Clients::connections).sum();
    ExecutorService threads = Executors.newFixedThreadPool(connections);
    long deadline = System.nanoTime() + millis * 1_000_000;
    List<List<CompletableFuture<Latencies>>> runs = new ArrayList<>();
    for (Clients group : groups) {
      List<CompletableFuture<Latencies>> running = new ArrayList<>();
      for (int i = 0; i < group.connections(); i++) {
        int n = i;
        running.add(
            CompletableFuture.supplyAsync(
                () ->
                    load(
                        port,
                        deadline,
                        // every connection its own requests: none is answered from the cache
                        // because another connection asked it a moment before
                        k -> group.requests().apply(k * group.connections() + n)),
                threads));
      }
      runs.add(running);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (List<CompletableFuture<Latencies>> running : runs) {
      Latencies all = new Latencies();
      running.forEach(run -> all.add(run.join()));
      long[] sorted = Arrays.copyOf(all.nanos, all.count);
      Arrays.sort(sorted);
      outcomes.add(
          new Outcome(
              all.count,
              all.failures.get(),
              all.count * 1000.0 / millis,
              percentile(sorted, 0.50),
              percentile(sorted, 0.99)));
    }
    threads.shutdown();
    return outcomes;
  }

  /** A GET of {@code path} that asks for JSON, signed in with {@code authorization}. */
  static byte[] get(String path, String authorization) {
    return ("GET "
            + path
            + " HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\n"
            + "Accept: application/json\r\n"
            + "Authorization: "
            + authorization
            + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
  }

  /** One connection: request after request until the deadline, each timed. */
  private static Latencies load(int port, long deadline, IntFunction<byte[]> requests) {
    Latencies latencies = new Latencies();
    Connection connection = null;
    for (int k = 0; System.nanoTime() < deadline; k++) {
      long started = System.nanoTime();
      try {
        if (connection == null) {
          connection = new Connection(port);
        }
        int status = connection.exchange(requests.apply(k));
        latencies.record(System.nanoTime() - started, status >= 200 && status < 300);
      } catch (IOException e) {
        latencies.record(System.nanoTime() - started, false);
        connection = close(connection);
      }
    }
    close(connection);
    return latencies;
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
