package dev.directory.web;

import dev.directory.core.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The directory as a real server process — a JVM of its own on a home folder — that a test can kill
 * as the operating system would ({@code kill -9}) and start again on the same home. On the test
 * run's database: {@link #databaseSettings()}.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  private final Path home;
  private final Map<String, String> settings;
  private final String heap;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;

  /**
   * @param settings environment variables of the server beyond its home, seed and admin password
   */
  public ServerProcess(Path home, Map<String, String> settings) {
    this(home, settings, "256m");
  }

  /**
   * @param heap the process's largest heap, as {@code -Xmx} takes it
   */
  public ServerProcess(Path home, Map<String, String> settings, String heap) {
    this.home = home;
    this.settings = settings;
    this.heap = heap;
    this.port = freePort();
  }

  /**
   * The settings that put a server process on the test run's database: none on H2 (the home's own
   * file), a new schema and the shared signing key in the run on PostgreSQL.
   */
  public static Map<String, String> databaseSettings() {
    if (!TestDatabase.postgres()) {
      return Map.of();
    }
    TestDatabase.Fresh database = TestDatabase.fresh();
    return Map.of(
        "DIRECTORY_DATABASE_URL", database.url(),
        "DIRECTORY_DATABASE_USERNAME", database.username(),
        "DIRECTORY_DATABASE_PASSWORD", database.password(),
        "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET",
            "the signing key every test node shares");
  }

  public int port() {
    return port;
  }

  /** The process's id, for tools that read a running JVM ({@code jcmd}). */
  public long pid() {
    return process.pid();
  }

  /** Starts the server and returns once it answers. */
  public void start() throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(), "-Xmx" + heap, "-cp", classpath, "dev.directory.web.Application");
    builder.environment().put("DIRECTORY_HOME", home.toString());
    builder.environment().put("DIRECTORY_SEED", Path.of("..", "data").toAbsolutePath().toString());
    builder.environment().put("DIRECTORY_ADMIN_PASSWORD", TemporaryHome.ADMIN_PASSWORD);
    builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    builder.environment().putAll(settings);
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(home.resolve("server-" + ++starts + ".log").toFile()));
    process = builder.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped at start: " + log());
      }
      try {
        if (send(HttpRequest.newBuilder(uri("/health")).GET()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not answer in " + START_TIMEOUT + ": " + log());
  }

  /** Ends the process at once, as {@code kill -9} does: no shutdown hook, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(signedIn(HttpRequest.newBuilder(uri(path)).GET()));
  }

  /** The HTML page at {@code path}, as a signed-in browser asks for it. */
  public HttpResponse<String> page(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD))
            .header("Accept", "text/html")
            .GET());
  }

  public HttpResponse<String> put(String path, String json)
      throws IOException, InterruptedException {
    return send(signedIn(HttpRequest.newBuilder(uri(path)).PUT(body(json))));
  }

  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return send(signedIn(HttpRequest.newBuilder(uri(path)).POST(body(json))));
  }

  public HttpResponse<String> patch(String path, String json)
      throws IOException, InterruptedException {
    return send(signedIn(HttpRequest.newBuilder(uri(path)).method("PATCH", body(json))));
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send(signedIn(HttpRequest.newBuilder(uri(path)).DELETE()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder signedIn(HttpRequest.Builder request) {
    return request
        .header("Authorization", RawHttp.basic("admin", TemporaryHome.ADMIN_PASSWORD))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private String log() throws IOException {
    List<String> lines = Files.readAllLines(home.resolve("server-" + starts + ".log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
