package dev.directory.web.bench;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import dev.directory.core.importing.CsvImporter;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.web.ServerProcess;
import dev.directory.web.TemporaryHome;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Directory address book of a synthetic directory ({@code bench.people}, 100,000 people, and
 * {@code bench.organizations}, 10,000 organisations) synced over CardDAV from a server process with
 * a small heap ({@code bench.heap}, 256 MB): the first full sync as a client's sync-collection
 * (every card's ETag, streamed) and as Debian's vdirsyncer does it (when installed), an incremental
 * sync after one edit, 30 times, and the server's heap after each; and a mail program's LDAP
 * autocomplete look-up over the same directory, 300 times.
 *
 * <pre>./mvnw -Pbook-bench -pl directory-web -am -DskipTests verify</pre>
 */
public final class AddressBookBenchmark {

  private static final long SEED = 20261207L;
  private static final String BOOK = "/dav/books/admin/directory/";
  private static final Pattern TOKEN = Pattern.compile("<d:sync-token>([^<]+)</d:sync-token>");
  private static final int INCREMENTAL_RUNS = 30;
  private static final int LDAP_WARM_UP = 300;
  private static final int LDAP_RUNS = 300;
  private static final int MAIL_PROGRAM_SIZE_LIMIT = 100;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ServerProcess server;

  private AddressBookBenchmark(ServerProcess server) {
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    int people = Integer.getInteger("bench.people", 100_000);
    int organizations = Integer.getInteger("bench.organizations", 10_000);
    String heap = System.getProperty("bench.heap", "256m");
    Path work = Files.createTempDirectory("directory-books");
    Path home = Files.createDirectories(work.resolve("home"));
    SyntheticDirectory directory = new SyntheticDirectory(SEED, organizations, people);
    try (ApplicationContext context =
        ApplicationContext.builder()
            .environments(ImportCommand.ENVIRONMENT)
            .properties(Map.of("directory.home", home.toString()))
            .start()) {
      CsvImporter importer = context.getBean(CsvImporter.class);
      for (Path folder : ScaleBenchmark.writeFill(directory, work.resolve("csv"), 0)) {
        importer.importFrom(folder);
      }
    }
    System.out.printf(
        Locale.ROOT, "imported %,d people, %,d organisations%n", people, organizations);
    int ldapPort = freePort();
    try (ServerProcess server =
        new ServerProcess(home, Map.of("DIRECTORY_LDAP_PORT", String.valueOf(ldapPort)), heap)) {
      server.start();
      AddressBookBenchmark bench = new AddressBookBenchmark(server);
      System.out.println("server heap at start: " + bench.heapUsed());
      long started = System.nanoTime();
      Synced first = bench.sync("");
      double firstSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "first sync (sync-collection, ETags): %,d cards, %.1f s, %.1f MB; heap after: %s%n",
          first.cards(),
          firstSeconds,
          first.bytes() / 1e6,
          bench.heapUsed());
      String before = bench.token();
      String id = directory.person(0).id();
      String person = server.get("/api/people/" + id).body();
      server.put(
          "/api/people/" + id,
          person.replaceFirst(
              "\"title\":(null|\"[^\"]*\")", "\"title\":\"Edited for the benchmark\""));
      while (bench.token().equals(before)) {
        Thread.sleep(20);
      }
      long[] millis = new long[INCREMENTAL_RUNS];
      int changed = 0;
      for (int i = 0; i < INCREMENTAL_RUNS; i++) {
        long at = System.nanoTime();
        changed = bench.sync(before).cards();
        millis[i] = (System.nanoTime() - at) / 1_000_000;
      }
      Arrays.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "incremental sync after one edit: %d cards, p50 %d ms, max %d ms (%d runs)%n",
          changed,
          millis[INCREMENTAL_RUNS / 2],
          millis[INCREMENTAL_RUNS - 1],
          INCREMENTAL_RUNS);
      System.out.println(ldapAutocomplete(ldapPort, directory));
      if (Files.isExecutable(Path.of("/usr/bin/vdirsyncer"))
          && !"false".equals(System.getProperty("bench.vdirsyncer"))) {
        long vdirsyncerStarted = System.nanoTime();
        long cards = bench.vdirsyncer(work.resolve("vdirsyncer"));
        System.out.printf(
            Locale.ROOT,
            "first sync by vdirsyncer: %,d cards, %.1f s; heap after: %s%n",
            cards,
            (System.nanoTime() - vdirsyncerStarted) / 1e9,
            bench.heapUsed());
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * A mail program's autocomplete filter, {@code (|(cn=x*)(mail=x*)(sn=x*))}, for the first three
   * letters of a family name of the directory, over one bound connection.
   */
  private static String ldapAutocomplete(int port, SyntheticDirectory directory)
      throws LDAPException {
    try (LDAPConnection ldap = new LDAPConnection("localhost", port)) {
      ldap.bind("uid=admin,ou=accounts,dc=directory", TemporaryHome.ADMIN_PASSWORD);
      long[] micros = new long[LDAP_RUNS];
      long entries = 0;
      for (int run = 0; run < LDAP_WARM_UP + LDAP_RUNS; run++) {
        int i = run - LDAP_WARM_UP;
        String family = directory.person((run * 7919) % directory.peopleCount()).familyName();
        String typed = family.substring(0, Math.min(3, family.length()));
        String filter = "(|(cn=" + typed + "*)(mail=" + typed + "*)(sn=" + typed + "*))";
        long at = System.nanoTime();
        SearchResult found;
        try {
          found = ldap.search(limited(filter));
        } catch (LDAPSearchException limited) {
          found = limited.getSearchResult();
        }
        if (i >= 0) {
          micros[i] = (System.nanoTime() - at) / 1_000;
          entries += found.getEntryCount();
        }
      }
      Arrays.sort(micros);
      return String.format(
          Locale.ROOT,
          "LDAP autocomplete (|(cn=abc*)(mail=abc*)(sn=abc*)), size limit 100: p50 %.1f ms, p99 %.1f ms,"
              + " %.0f entries on average (%d runs after %d to warm up)",
          micros[LDAP_RUNS / 2] / 1000.0,
          micros[LDAP_RUNS * 99 / 100] / 1000.0,
          entries / (double) LDAP_RUNS,
          LDAP_RUNS,
          LDAP_WARM_UP);
    }
  }

  /** The search as Thunderbird and Outlook send it: at most 100 entries, their default. */
  private static SearchRequest limited(String filter) throws LDAPException {
    SearchRequest request =
        new SearchRequest("ou=people,dc=directory", SearchScope.ONE, filter, "cn", "mail");
    request.setSizeLimit(MAIL_PROGRAM_SIZE_LIMIT);
    return request;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private record Synced(int cards, long bytes, String token) {}

  /** A sync-collection of the Directory book from {@code token}, read as it arrives. */
  private Synced sync(String token) throws IOException, InterruptedException {
    HttpResponse<InputStream> answer =
        http.send(
            request(BOOK)
                .method(
                    "REPORT",
                    HttpRequest.BodyPublishers.ofString(
                        "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>"
                            + token
                            + "</d:sync-token><d:sync-level>1</d:sync-level>"
                            + "<d:prop><d:getetag/></d:prop></d:sync-collection>"))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    byte[] marker = "<d:response>".getBytes(StandardCharsets.UTF_8);
    int cards = 0;
    long bytes = 0;
    int matched = 0;
    StringBuilder tail = new StringBuilder();
    try (InputStream in = answer.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        bytes += read;
        for (int i = 0; i < read; i++) {
          matched = buffer[i] == marker[matched] ? matched + 1 : buffer[i] == marker[0] ? 1 : 0;
          if (matched == marker.length) {
            cards++;
            matched = 0;
          }
        }
        tail.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        if (tail.length() > 4096) {
          tail.delete(0, tail.length() - 4096);
        }
      }
    }
    Matcher next = TOKEN.matcher(tail);
    return new Synced(cards, bytes, next.find() ? next.group(1) : "");
  }

  /** The book's sync token now. */
  private String token() throws IOException, InterruptedException {
    String answer =
        http.send(
                request(BOOK)
                    .header("Depth", "0")
                    .method(
                        "PROPFIND",
                        HttpRequest.BodyPublishers.ofString(
                            "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:sync-token/></d:prop>"
                                + "</d:propfind>"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = TOKEN.matcher(answer);
    if (!token.find()) {
      throw new IllegalStateException("no token: " + answer);
    }
    return token.group(1);
  }

  /** vdirsyncer's first sync of the Directory book into a folder; how many cards it wrote. */
  private long vdirsyncer(Path dir) throws IOException, InterruptedException {
    Path config = dir.resolve("config");
    Files.createDirectories(dir);
    Files.writeString(
        config,
        String.join(
            "\n",
            "[general]",
            "status_path = \"" + dir.resolve("status") + "/\"",
            "[pair book]",
            "a = \"local\"",
            "b = \"remote\"",
            "collections = [\"directory\"]",
            "[storage local]",
            "type = \"filesystem\"",
            "path = \"" + dir.resolve("cards") + "/\"",
            "fileext = \".vcf\"",
            "[storage remote]",
            "type = \"carddav\"",
            "url = \"http://localhost:" + server.port() + "/\"",
            "username = \"admin\"",
            "password = \"" + TemporaryHome.ADMIN_PASSWORD + "\"",
            "read_only = true",
            ""));
    run(dir, "y\n", "vdirsyncer", "-c", config.toString(), "discover", "book");
    run(dir, "", "vdirsyncer", "-c", config.toString(), "sync");
    try (Stream<Path> cards = Files.list(dir.resolve("cards").resolve("directory"))) {
      return cards.count();
    }
  }

  private static void run(Path dir, String input, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("vdirsyncer.log").toFile());
    builder.environment().put("HOME", dir.toString());
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed: "
              + Files.readString(dir.resolve("vdirsyncer.log")));
    }
  }

  /** What {@code jcmd GC.heap_info} says the server's heap holds, after a full collection. */
  private String heapUsed() throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process gc = new ProcessBuilder(jcmd, String.valueOf(server.pid()), "GC.run").start();
    gc.getInputStream().readAllBytes();
    gc.waitFor();
    Process info =
        new ProcessBuilder(jcmd, String.valueOf(server.pid()), "GC.heap_info")
            .redirectErrorStream(true)
            .start();
    String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    info.waitFor();
    Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
    return used.find()
        ? String.format(
            Locale.ROOT,
            "%.0f MB used of %.0f MB",
            Long.parseLong(used.group(2)) / 1024.0,
            Long.parseLong(used.group(1)) / 1024.0)
        : text.strip();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        ("admin:" + TemporaryHome.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/xml");
  }
}
