package dev.directory.search.bench;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.document.DocumentFactory;
import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a synthetic directory of {@code people} people and {@code organizations} organisations in
 * a Lucene index, then measures, for five query shapes with all facet counts: the directory's
 * search, the same query written directly against Lucene, and the naive H2 way. Prints a Markdown
 * table for README.md. Run it with README.md's benchmark command.
 */
public final class SearchBenchmark {

  private static final long SEED = 20261129L;
  private static final int WARMUP = 200;
  private static final int RUNS = 500;
  private static final int NAIVE_RUNS = 3;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    boolean naive = args.length <= 2 || Boolean.parseBoolean(args[2]);
    Path dir = Files.createTempDirectory("directory-benchmark");
    try {
      run(people, organizations, naive, dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(int people, int organizations, boolean naive, Path dir) throws Exception {
    System.out.printf(
        Locale.ROOT, "Synthetic directory: %,d people, %,d organisations%n", people, organizations);
    SyntheticDirectory directory = new SyntheticDirectory(SEED, organizations, people);
    // One record in eight is stale, as in a directory whose stewards have fallen a little behind.
    DocumentFactory factory =
        new DocumentFactory(directory.topics(), id -> Math.floorMod(id.hashCode(), 8) == 0);
    resetPeaks();

    try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      long started = System.nanoTime();
      index.replaceAll(
          sink -> {
            directory.organizations().parallelStream()
                .forEach(o -> sink.add(factory.organization(o, directory.ancestors(o))));
            IntStream.range(0, people)
                .parallel()
                .forEach(
                    i -> {
                      Person person = directory.person(i);
                      Organization organization = directory.organization(person.organizationId());
                      sink.add(
                          factory.person(person, organization, directory.ancestors(organization)));
                    });
          },
          SearchIndex.Position.of(1));
      double seconds = (System.nanoTime() - started) / 1e9;
      int docs = people + directory.organizations().size();
      System.out.printf(
          Locale.ROOT,
          "Index build: %,d documents in %.1f s = %,.0f docs/s%n",
          docs,
          seconds,
          docs / seconds);

      // Text searches count afresh every time (no cache), as a search never seen before. The
      // browsing shapes run as in production, with counts cached until the index changes: a
      // browse by country and language shares its country counts with every other country.
      Function<String, String> topicLabels = id -> directory.topics().get(id).labelEn();
      Function<String, List<String>> topicTerms = id -> directory.topics().get(id).allTerms();
      DirectorySearch fresh = new DirectorySearch(index, topicLabels, topicTerms, 0);
      DirectorySearch cached = new DirectorySearch(index, topicLabels, topicTerms);
      List<Shape> shapes = Shape.mixed(directory);
      List<String[]> rows = new ArrayList<>();
      try (RawLucene raw = new RawLucene(FSDirectory.open(dir.resolve("index")))) {
        for (Shape shape : shapes) {
          DirectorySearch search = shape.browsing() ? cached : fresh;
          Latencies[] measured =
              measureSideBySide(shape, request -> search.search(request).total(), raw::search);
          Latencies ours = measured[0];
          Latencies lucene = measured[1];
          rows.add(
              new String[] {
                shape.name(),
                ours.format(),
                lucene.format(),
                String.format(Locale.ROOT, "%.2f×", ours.p50() / lucene.p50())
              });
          System.out.printf(
              Locale.ROOT,
              "%-40s ours %s   raw Lucene %s%n",
              shape.name(),
              ours.format(),
              lucene.format());
        }
      }
      String afterChange = "browse everything, first after an edit";
      Latencies firstAfterEdit =
          browseAfterEachEdit(
              index,
              cached,
              i -> {
                Person person = directory.person(i * 7_919 % people);
                Organization organization = directory.organization(person.organizationId());
                return factory.person(person, organization, directory.ancestors(organization));
              });
      rows.add(new String[] {afterChange, firstAfterEdit.format(), "–", "–", "–"});
      System.out.printf(Locale.ROOT, "%-40s ours %s%n", afterChange, firstAfterEdit.format());
      long peak = peakHeap();
      System.out.printf(
          Locale.ROOT, "Peak heap while building and searching: %,d MB%n", peak >> 20);

      if (naive) {
        measureNaive(directory, people, dir, shapes, rows);
      } else {
        rows.replaceAll(row -> row.length == 4 ? append(row, "not measured") : row);
      }
      System.out.println();
      System.out.println(
          "| query shape (all facet counts) | directory p50 / p99 ms | raw Lucene p50 / p99 ms | directory ÷ Lucene (p50) | H2 LIKE + GROUP BY p50 / p99 ms |");
      System.out.println("| --- | --- | --- | --- | --- |");
      for (String[] row : rows) {
        System.out.println("| " + String.join(" | ", row) + " |");
      }
    }
  }

  /** The naive alternative: one flat H2 table, LIKE and GROUP BY, slow enough for a few runs. */
  private static void measureNaive(
      SyntheticDirectory directory, int people, Path dir, List<Shape> shapes, List<String[]> rows)
      throws Exception {
    System.out.println("Loading the naive H2 table …");
    try (NaiveH2 naive = new NaiveH2(dir)) {
      for (Organization o : directory.organizations()) {
        naive.add(o, directory.ancestors(o));
      }
      for (int i = 0; i < people; i++) {
        Person person = directory.person(i);
        Organization organization = directory.organization(person.organizationId());
        naive.add(person, organization, directory.ancestors(organization));
      }
      naive.finishLoading();
      for (int s = 0; s < shapes.size(); s++) { // the cached row has no H2 counterpart
        if (shapes.get(s).request().apply(0).filters().containsKey(Facet.STALE)) {
          // the flat table keeps no verifications
          rows.set(s, append(rows.get(s), "not measured"));
          continue;
        }
        Latencies h2 = measureNaive(shapes.get(s), naive::search);
        rows.set(s, append(rows.get(s), h2.format()));
        System.out.printf(Locale.ROOT, "%-40s naive H2 %s%n", shapes.get(s).name(), h2.format());
      }
    }
  }

  /** A search that returns something, so the JIT cannot drop the work. */
  @FunctionalInterface
  interface Runner {
    long run(SearchRequest request) throws Exception;
  }

  private static long sink;

  /** The naive H2 way: seconds per search, so one warm-up run and a few measured. */
  private static Latencies measureNaive(Shape shape, Runner runner) throws Exception {
    sink += runner.run(shape.request().apply(NAIVE_RUNS));
    long[] nanos = new long[NAIVE_RUNS];
    for (int i = 0; i < NAIVE_RUNS; i++) {
      nanos[i] = time(runner, shape.request().apply(i));
    }
    return Latencies.of(nanos);
  }

  /**
   * Re-indexes one person, waits until the edit is searchable, then browses everything: the first
   * browse after an edit, which finds nothing cached for the new view of the index. Only the browse
   * is timed.
   */
  private static Latencies browseAfterEachEdit(
      SearchIndex index, DirectorySearch search, IntFunction<Document> edit) throws Exception {
    long[] nanos = new long[RUNS];
    for (int i = 0; i < WARMUP + RUNS; i++) {
      index.apply(List.of(edit.apply(i)), List.of(), SearchIndex.Position.of(2 + i));
      long started = System.nanoTime();
      sink += search.search(SearchRequest.of("")).total();
      if (i >= WARMUP) {
        nanos[i - WARMUP] = System.nanoTime() - started;
      }
    }
    return Latencies.of(nanos);
  }

  /**
   * Runs two implementations of a shape in turn, request by request, so that both meet the same
   * state of the machine (garbage to collect, JIT, other load) rather than one block after the
   * other.
   */
  private static Latencies[] measureSideBySide(Shape shape, Runner first, Runner second)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      SearchRequest request = shape.request().apply(RUNS + i);
      sink += first.run(request) + second.run(request);
    }
    long[] firstNanos = new long[RUNS];
    long[] secondNanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      SearchRequest request = shape.request().apply(i);
      // Whichever runs second finds the query's data warm in the CPU caches: take turns.
      if (i % 2 == 0) {
        firstNanos[i] = time(first, request);
        secondNanos[i] = time(second, request);
      } else {
        secondNanos[i] = time(second, request);
        firstNanos[i] = time(first, request);
      }
    }
    return new Latencies[] {Latencies.of(firstNanos), Latencies.of(secondNanos)};
  }

  private static long time(Runner runner, SearchRequest request) throws Exception {
    long started = System.nanoTime();
    sink += runner.run(request);
    return System.nanoTime() - started;
  }

  private static String[] append(String[] row, String cell) {
    String[] longer = Arrays.copyOf(row, row.length + 1);
    longer[row.length] = cell;
    return longer;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
