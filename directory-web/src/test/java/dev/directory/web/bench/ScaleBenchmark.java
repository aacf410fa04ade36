package dev.directory.web.bench;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.Positions;
import dev.directory.core.steward.StewardQueue;
import dev.directory.core.steward.Stewards;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.Latencies;
import dev.directory.search.bench.Shape;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.sync.IndexSync;
import dev.directory.web.ServerProcess;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The directory at a million records, on H2 and on PostgreSQL side by side (PostgreSQL when {@code
 * DIRECTORY_TEST_POSTGRES_URL} names one; a new schema): a synthetic directory (fake names, {@link
 * SyntheticDirectory}) is brought in through the CSV import, the last {@code bench.imported}
 * (100,000) people timed as one import; a new node's index is rebuilt from the database into an
 * empty index, timed; then searches of the search benchmark's query shapes, taking turns, run
 * in-process on two threads and over HTTP against the server process on the same home and database,
 * with {@value #CONNECTIONS} connections and an API token: each warmed up until steady, then
 * measured {@value #MEASURED_ROUNDS} times for {@value #MEASURED_MILLIS} ms, the median round
 * reported.
 *
 * <p>Run with {@code ./mvnw -Pscale-bench -pl directory-web -am -DskipTests verify}; the table goes
 * to {@code directory-web/target/scale-benchmark.txt}.
 */
public final class ScaleBenchmark {

  private static final long SEED = 20261202L;
  private static final int IMPORTED = Integer.getInteger("bench.imported", 100_000);

  /** {@code -Dbench.searches=false} leaves the search loads out: imports, rebuild, queues only. */
  private static final boolean SEARCHES = !"false".equals(System.getProperty("bench.searches"));

  /** Whether data health ({@code /api/quality}) is timed too. */
  private static final boolean DATA_HEALTH =
      !"false".equals(System.getProperty("bench.data-health"));

  private static final int DATA_HEALTH_RUNS = 20;

  private static final int PEOPLE_PER_FILL = 100_000;
  private static final int CONNECTIONS = 64;
  private static final int THREADS = 2;

  /**
   * Both loads warm up in rounds of {@value #WARM_UP_ROUND_MILLIS} ms until a round is within
   * {@value #STEADY_PERCENT} % of the one before, after at least {@value #MIN_WARM_UP_MILLIS} ms
   * and at most {@value #MAX_WARM_UP_MILLIS} ms: the server is a fresh JVM whose throughput over
   * HTTP still rose after a minute of load in some runs and not in others (the compiler shares the
   * two cores with the load).
   */
  private static final long WARM_UP_ROUND_MILLIS = 10_000;

  private static final long MIN_WARM_UP_MILLIS = 60_000;
  private static final long MAX_WARM_UP_MILLIS = 240_000;
  private static final int STEADY_PERCENT = 3;

  /** Then {@value #MEASURED_ROUNDS} rounds of {@value #MEASURED_MILLIS} ms; the median counts. */
  private static final int MEASURED_ROUNDS = 3;

  private static final long MEASURED_MILLIS = 20_000;

  /** The countries whose offices' stewards read their queues. */
  private static final List<String> STEWARDED_COUNTRIES =
      List.of("fr", "de", "br", "in", "ng", "jp", "mx");

  private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");

  /**
   * What one database came to; without the search loads, {@code inProcess} and {@code http} null.
   */
  record Figures(
      String database,
      double fillRowsPerSecond,
      double importRowsPerSecond,
      double rebuildSeconds,
      double mergeSeconds,
      QueueFigures queue,
      Steady inProcess,
      Steady http) {}

  /**
   * A country office's steward's queue (every record of its country): the medians, over seven
   * offices, of how many records are stale and of one read with all of them stale, and with none.
   */
  record QueueFigures(long stale, double allStaleMillis, double noneStaleMillis) {}

  /** Searches answered a second, and their latencies. */
  record Throughput(double perSecond, double p50, double p99, long failures) {
    String format() {
      return String.format(Locale.ROOT, "%,.0f req/s, %.1f / %.1f ms", perSecond, p50, p99);
    }
  }

  /** The median of the measured rounds, and every round's rate. */
  record Steady(Throughput median, List<Double> rounds) {
    String format() {
      return median.format()
          + rounds.stream()
              .map(rate -> String.format(Locale.ROOT, "%,.0f", rate))
              .collect(Collectors.joining(" / ", " (rounds: ", ")"));
    }
  }

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int people = Integer.getInteger("bench.people", 1_000_000);
    int organizations = Integer.getInteger("bench.organizations", 100_000);
    Path work = Files.createTempDirectory("directory-scale");
    try {
      SyntheticDirectory directory = new SyntheticDirectory(SEED, organizations, people);
      List<Path> fill = writeFill(directory, work.resolve("csv"));
      Path imported =
          writePeople(directory, work.resolve("csv/imported"), people - IMPORTED, people);
      List<Figures> figures = new ArrayList<>();
      if (!"false".equals(System.getProperty("bench.h2"))) {
        figures.add(measure("H2 (file)", Map.of(), work.resolve("h2"), directory, fill, imported));
      }
      if (System.getenv("DIRECTORY_TEST_POSTGRES_URL") != null) {
        System.setProperty("directory.test.database", "postgresql");
        figures.add(
            measure(
                "PostgreSQL 15",
                ServerProcess.databaseSettings(),
                work.resolve("pg"),
                directory,
                fill,
                imported));
      }
      report(people, organizations, figures);
    } finally {
      delete(work);
    }
  }

  private static Figures measure(
      String name,
      Map<String, String> database,
      Path home,
      SyntheticDirectory directory,
      List<Path> fill,
      Path imported)
      throws Exception {
    System.out.println("== " + name);
    Files.createDirectories(home);
    Map<String, Object> properties = new HashMap<>();
    properties.put("directory.home", home.toString());
    if (!database.isEmpty()) {
      properties.put("directory.database.url", database.get("DIRECTORY_DATABASE_URL"));
      properties.put("directory.database.username", database.get("DIRECTORY_DATABASE_USERNAME"));
      properties.put("directory.database.password", database.get("DIRECTORY_DATABASE_PASSWORD"));
    }
    double fillRate;
    double importRate;
    double rebuildSeconds;
    double mergeSeconds;
    QueueFigures queue;
    Steady inProcess;
    try (ApplicationContext context =
        ApplicationContext.builder()
            .environments(ImportCommand.ENVIRONMENT)
            .properties(properties)
            .start()) {
      CsvImporter importer = context.getBean(CsvImporter.class);
      long rows = 0;
      long started = System.nanoTime();
      for (Path folder : fill) {
        rows += importer.importFrom(folder).changed();
      }
      fillRate = rows / seconds(started);
      System.out.printf(Locale.ROOT, "fill: %,d rows, %,.0f rows/s%n", rows, fillRate);
      started = System.nanoTime();
      long importedRows = importer.importFrom(imported).changed();
      importRate = importedRows / seconds(started);
      System.out.printf(
          Locale.ROOT, "import: %,d people, %,.0f rows/s%n", importedRows, importRate);
      queue = stewardQueue(context);
      System.out.printf(
          Locale.ROOT,
          "steward's queue: %,d stale, %.0f ms; none stale: %.0f ms (medians of %d offices)%n",
          queue.stale(),
          queue.allStaleMillis(),
          queue.noneStaleMillis(),
          STEWARDED_COUNTRIES.size());

      Path indexPath = Files.createDirectories(home.resolve("index"));
      try (SearchIndex index = SearchIndex.open(indexPath);
          IndexSync sync = indexSync(index, context)) {
        started = System.nanoTime();
        sync.rebuild();
        rebuildSeconds = seconds(started);
        started = System.nanoTime();
      } // closing waits for the merges Lucene goes on with in the background
      mergeSeconds = seconds(started);
      System.out.printf(
          Locale.ROOT, "rebuild: %.1f s, then merges: %.1f s%n", rebuildSeconds, mergeSeconds);
      if (!SEARCHES && !DATA_HEALTH) {
        return new Figures(
            name, fillRate, importRate, rebuildSeconds, mergeSeconds, queue, null, null);
      }
      if (!SEARCHES) {
        try (ServerProcess server = new ServerProcess(home, database, "1g")) {
          server.start();
          System.out.println(dataHealth(server));
        }
        return new Figures(
            name, fillRate, importRate, rebuildSeconds, mergeSeconds, queue, null, null);
      }
      try (SearchIndex index = SearchIndex.open(indexPath);
          IndexSync sync = indexSync(index, context)) {
        sync.catchUp();
        inProcess = inProcess(new DirectorySearch(index, sync::topicLabel), directory);
        System.out.println("in-process: " + inProcess.format());
      }
    }
    Steady http;
    try (ServerProcess server = new ServerProcess(home, database, "1g")) {
      server.start();
      var issued = server.post("/api/accounts/admin/tokens", "{\"name\":\"scale benchmark\"}");
      Matcher secret = SECRET.matcher(issued.body());
      if (!secret.find()) {
        throw new IllegalStateException("no token issued: " + issued.body());
      }
      http = overHttp(server.port(), "Bearer " + secret.group(1), directory);
      System.out.println("HTTP: " + http.format());
      if (DATA_HEALTH) {
        System.out.println(dataHealth(server));
      }
    }
    return new Figures(
        name, fillRate, importRate, rebuildSeconds, mergeSeconds, queue, inProcess, http);
  }

  /**
   * The queue of an editor of each of seven countries' offices, read once each (H2 answers a query
   * asked again over unchanged tables from its last result): their records, imported today, all
   * stale against tomorrow's cutoff, then none against today's.
   */
  private static QueueFigures stewardQueue(ApplicationContext context) {
    Accounts accounts = context.getBean(Accounts.class);
    Stewards stewards = context.getBean(Stewards.class);
    StewardQueue queue = context.getBean(StewardQueue.class);
    List<String> names = new ArrayList<>();
    for (String country : STEWARDED_COUNTRIES) {
      String name = "bench-steward-" + country;
      accounts.create(
          name, "Bench Steward", name + "@example.org", Role.EDITOR, null, Instant.now());
      stewards.assignOffice(name, "synthetic-office-" + country);
      names.add(name);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long[] stale = new long[names.size()];
    double[] allStale = new double[names.size()];
    double[] noneStale = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      long started = System.nanoTime();
      stale[i] = queue.of(names.get(i), today.plusDays(1)).staleCount();
      allStale[i] = (System.nanoTime() - started) / 1e6;
      started = System.nanoTime();
      queue.of(names.get(i), today);
      noneStale[i] = (System.nanoTime() - started) / 1e6;
    }
    names.forEach(accounts::delete); // the server's first start makes its admin only where none is
    return new QueueFigures(median(stale), median(allStale), median(noneStale));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static IndexSync indexSync(SearchIndex index, ApplicationContext context) {
    return new IndexSync(
        index,
        context.getBean(ChangeLog.class),
        context.getBean(Organizations.class),
        context.getBean(People.class),
        context.getBean(Topics.class),
        context.getBean(Positions.class));
  }

  /**
   * Warms a load up until it is steady, then measures it {@value #MEASURED_ROUNDS} times; {@code
   * round} runs the load for the given milliseconds.
   */
  private static Steady steady(String what, LongFunction<Throughput> round) {
    double last = round.apply(WARM_UP_ROUND_MILLIS).perSecond();
    long warmed = WARM_UP_ROUND_MILLIS;
    while (warmed < MAX_WARM_UP_MILLIS) {
      double next = round.apply(WARM_UP_ROUND_MILLIS).perSecond();
      warmed += WARM_UP_ROUND_MILLIS;
      System.out.printf(Locale.ROOT, "%s warm-up, %d s: %,.0f req/s%n", what, warmed / 1000, next);
      boolean steady = Math.abs(next - last) * 100 <= STEADY_PERCENT * last;
      last = next;
      if (steady && warmed >= MIN_WARM_UP_MILLIS) {
        break;
      }
    }
    List<Throughput> measured = new ArrayList<>();
    for (int i = 0; i < MEASURED_ROUNDS; i++) {
      measured.add(round.apply(MEASURED_MILLIS));
      System.out.println(what + " round " + (i + 1) + ": " + measured.get(i).format());
    }
    List<Double> rates = measured.stream().map(Throughput::perSecond).toList();
    measured.sort(Comparator.comparingDouble(Throughput::perSecond));
    return new Steady(measured.get(MEASURED_ROUNDS / 2), rates);
  }

  /** Searches on {@value #THREADS} threads, each request the next shape in turn. */
  private static Steady inProcess(DirectorySearch search, SyntheticDirectory directory) {
    List<Shape> shapes = Shape.mixed(directory);
    return steady(
        "in-process",
        millis -> {
          long[] all =
              runThreads(search, shapes, millis).stream().flatMapToLong(Arrays::stream).toArray();
          Latencies latencies = Latencies.of(all);
          return new Throughput(all.length * 1000.0 / millis, latencies.p50(), latencies.p99(), 0);
        });
  }

  private static List<long[]> runThreads(DirectorySearch search, List<Shape> shapes, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    List<CompletableFuture<long[]>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      threads.add(
          CompletableFuture.supplyAsync(
              () -> searchUntil(search, shapes, first, deadline),
              runnable -> new Thread(runnable).start()));
    }
    return threads.stream().map(CompletableFuture::join).toList();
  }

  /** One thread's searches until the deadline: every {@value #THREADS}th request of the mix. */
  private static long[] searchUntil(
      DirectorySearch search, List<Shape> shapes, int first, long deadline) {
    long[] nanos = new long[1 << 16];
    int count = 0;
    for (int k = first; System.nanoTime() < deadline; k += THREADS) {
      SearchRequest request = request(shapes, k);
      long started = System.nanoTime();
      try {
        search.search(request);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = System.nanoTime() - started;
    }
    return Arrays.copyOf(nanos, count);
  }

  private static Steady overHttp(int port, String authorization, SyntheticDirectory directory) {
    List<Shape> shapes = Shape.mixed(directory);
    HttpLoad.Clients clients =
        new HttpLoad.Clients(
            CONNECTIONS, k -> HttpLoad.get(address(request(shapes, k)), authorization));
    return steady(
        "HTTP",
        millis -> {
          HttpLoad.Outcome outcome = HttpLoad.run(port, millis, List.of(clients)).get(0);
          return new Throughput(
              outcome.perSecond(), outcome.p50(), outcome.p99(), outcome.failures());
        });
  }

  /**
   * Data health over HTTP: the whole directory's first answer (which waits for the first scan for
   * duplicates), then each of the whole directory, one country office and its page, {@value
   * #DATA_HEALTH_RUNS} times: after a change of the index, and again without one.
   */
  private static String dataHealth(ServerProcess server) throws Exception {
    long started = System.nanoTime();
    server.get("/api/quality");
    double first = (System.nanoTime() - started) / 1e6;
    StringBuilder figures =
        new StringBuilder(String.format(Locale.ROOT, "data health: first answer %.0f ms", first));
    for (String path :
        List.of(
            "/api/quality",
            "/api/quality?office=synthetic-office-cl",
            "/quality?office=synthetic-office-cl")) {
      long[] micros = new long[DATA_HEALTH_RUNS];
      for (int i = 0; i < DATA_HEALTH_RUNS; i++) {
        long at = System.nanoTime();
        server.get(path);
        micros[i] = (System.nanoTime() - at) / 1_000;
      }
      Arrays.sort(micros);
      figures.append(
          String.format(
              Locale.ROOT,
              "; %s p50 %.1f ms, max %.1f ms",
              path,
              micros[DATA_HEALTH_RUNS / 2] / 1000.0,
              micros[DATA_HEALTH_RUNS - 1] / 1000.0));
    }
    return figures.toString();
  }

  /** The k-th request of the mix: the shapes take turns, each varied by its own count. */
  private static SearchRequest request(List<Shape> shapes, int k) {
    return shapes.get(k % shapes.size()).request().apply(k / shapes.size());
  }

  /** The search API's address for a request: {@code q} and one parameter per filter value. */
  private static String address(SearchRequest request) {
    StringBuilder address =
        new StringBuilder("/api/search?q=")
            .append(URLEncoder.encode(request.query(), StandardCharsets.UTF_8));
    request
        .filters()
        .forEach(
            (facet, values) ->
                values.forEach(
                    value ->
                        address
                            .append('&')
                            .append(facet.name().toLowerCase(Locale.ROOT))
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return address.toString();
  }

  /**
   * The folders of the fill, imported one after another: the topics and organisations, then the
   * people but the last {@code bench.imported} (100,000), {@value #PEOPLE_PER_FILL} to a folder.
   */
  private static List<Path> writeFill(SyntheticDirectory directory, Path dir) throws IOException {
    return writeFill(directory, dir, IMPORTED);
  }

  /** The folders of the fill, the last {@code keptBack} people left out. */
  static List<Path> writeFill(SyntheticDirectory directory, Path dir, int keptBack)
      throws IOException {
    List<Path> folders = new ArrayList<>();
    Path organizations = Files.createDirectories(dir.resolve("organizations"));
    try (CSVPrinter topics =
        printer(
            organizations.resolve("topics.csv"),
            List.of(
                "id",
                "label_en",
                "label_es",
                "label_fr",
                "keywords_en",
                "keywords_es",
                "keywords_fr"))) {
      for (Topic topic : directory.topics().values()) {
        topics.printRecord(
            topic.id(),
            topic.labelEn(),
            topic.labelEs(),
            topic.labelFr(),
            String.join("; ", topic.keywordsEn()),
            String.join("; ", topic.keywordsEs()),
            String.join("; ", topic.keywordsFr()));
      }
    }
    try (CSVPrinter rows =
        printer(
            organizations.resolve("organizations.csv"),
            OrganizationField.cells(directory.organizations().get(0)).keySet())) {
      for (Organization organization : directory.organizations()) {
        rows.printRecord(OrganizationField.cells(organization).values());
      }
    }
    // each country's office covers its country, so each has stewards to measure
    try (CSVPrinter offices =
        printer(
            organizations.resolve("offices.csv"),
            List.of("organization_id", "coverage", "fallback_office_id"))) {
      for (Organization organization : directory.organizations()) {
        if (organization.id().startsWith("synthetic-office-")) {
          offices.printRecord(organization.id(), organization.country(), "");
        }
      }
    }
    folders.add(organizations);
    int last = directory.peopleCount() - keptBack;
    for (int from = 0; from < last; from += PEOPLE_PER_FILL) {
      folders.add(
          writePeople(
              directory,
              dir.resolve(String.format(Locale.ROOT, "people-%07d", from)),
              from,
              Math.min(last, from + PEOPLE_PER_FILL)));
    }
    return folders;
  }

  /** People {@code from} (included) to {@code to} (excluded), as a folder with people.csv. */
  private static Path writePeople(SyntheticDirectory directory, Path dir, int from, int to)
      throws IOException {
    Files.createDirectories(dir);
    try (CSVPrinter rows =
        printer(dir.resolve("people.csv"), PersonField.cells(directory.person(0)).keySet())) {
      for (int i = from; i < to; i++) {
        rows.printRecord(PersonField.cells(directory.person(i)).values());
      }
    }
    return dir;
  }

  /** A CSV file with these columns (data/README.md). */
  private static CSVPrinter printer(Path file, Collection<String> header) throws IOException {
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
  }

  private static void report(int people, int organizations, List<Figures> figures)
      throws IOException {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%,d people + %,d organisations; searches: the search benchmark's five shapes in turn,"
                + " warmed up until steady, then the median of %d rounds of %d s%n%n",
            people,
            organizations,
            MEASURED_ROUNDS,
            MEASURED_MILLIS / 1000));
    table.append(
        "| database | CSV import of 100,000 people | rebuild into an empty index | search in-process"
            + " (2 threads) | search over HTTP (64 connections, API token) | HTTP ÷ in-process |\n");
    table.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Figures f : figures) {
      if (f.inProcess() == null) {
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %,.0f rows/s (fill: %,.0f rows/s) | %.1f s (then merges: %.1f s) | not run"
                    + " | not run | |%n",
                f.database(),
                f.importRowsPerSecond(),
                f.fillRowsPerSecond(),
                f.rebuildSeconds(),
                f.mergeSeconds()));
        continue;
      }
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f rows/s (fill: %,.0f rows/s) | %.1f s (then merges: %.1f s) | %s | %s (%d not"
                  + " 2xx) | %.0f %% |%n",
              f.database(),
              f.importRowsPerSecond(),
              f.fillRowsPerSecond(),
              f.rebuildSeconds(),
              f.mergeSeconds(),
              f.inProcess().format(),
              f.http().format(),
              f.http().median().failures(),
              100 * f.http().median().perSecond() / f.inProcess().median().perSecond()));
    }
    table.append(
        "\n| database | steward's queue of one country's office, every record stale | none stale |\n");
    table.append("| --- | --- | --- |\n");
    for (Figures f : figures) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d records, %.0f ms | %.0f ms |%n",
              f.database(),
              f.queue().stale(),
              f.queue().allStaleMillis(),
              f.queue().noneStaleMillis()));
    }
    System.out.print(table);
    Path out = Path.of("target", "scale-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
