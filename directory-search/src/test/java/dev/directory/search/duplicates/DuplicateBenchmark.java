package dev.directory.search.duplicates;

import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.Latencies;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.bench.SyntheticDuplicates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The duplicate scan at scale: a synthetic directory (by default 1,000,000 people and 100,000
 * organisations) with one person in twenty entered a second time ({@link SyntheticDuplicates}) is
 * indexed on disk; then a full scan of people is timed and measured against the injected pairs, and
 * the check a save makes (the likely duplicates of one record) is timed for 2,000 records. Run with
 * {@code ./mvnw -Pduplicates-bench -pl directory-search -am -DskipTests verify}; README.md gives
 * the figures.
 */
public final class DuplicateBenchmark {

  private static final int CHECKS = 2_000;

  public static void main(String[] args) throws Exception {
    int people = Integer.parseInt(args[0]);
    int organizations = Integer.parseInt(args[1]);
    SyntheticDirectory directory = new SyntheticDirectory(42, organizations, people);
    SyntheticDuplicates duplicates = new SyntheticDuplicates(directory, 20);
    Path dir = Files.createTempDirectory("duplicate-bench");
    try (SearchIndex index = SearchIndex.open(dir)) {
      long started = System.nanoTime();
      DuplicateScanMeasure.index(index, directory, duplicates);
      double indexSeconds = (System.nanoTime() - started) / 1e9;
      Duplicates finder = new Duplicates(index);

      DuplicateScanMeasure.scan(finder, directory, duplicates); // the first scan warms the JIT
      DuplicateScanMeasure.Outcome outcome =
          DuplicateScanMeasure.scan(finder, directory, duplicates);

      Random random = new Random(7);
      long[] nanos = new long[CHECKS];
      for (int round = 0; round < 2; round++) { // the first round warms up
        for (int c = 0; c < CHECKS; c++) {
          int i = random.nextInt(people);
          Person person =
              duplicates.hasSecondEntry(i)
                  ? duplicates.secondEntryOf(i).person()
                  : directory.person(i);
          Traits traits = Traits.of(person, duplicates.organizationOf(person));
          long start = System.nanoTime();
          finder.like(traits);
          nanos[c] = System.nanoTime() - start;
        }
      }
      Latencies check = Latencies.of(nanos);
      System.out.printf(
          Locale.ROOT,
          "Duplicates among %,d people (+%,d second entries) and %,d organisations%n"
              + "  index built      %.1f s%n"
              + "  full scan        %.1f s: %,d pairs found, %,d of %,d injected%n"
              + "  precision        %.2f %%%n"
              + "  recall           %.2f %%%n"
              + "  check on save    %s%n"
              + "  heap             %d MB max%n",
          people,
          outcome.injected(),
          organizations,
          indexSeconds,
          outcome.scanSeconds(),
          outcome.found(),
          outcome.right(),
          outcome.injected(),
          100 * outcome.precision(),
          100 * outcome.recall(),
          check.format(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      System.out.println("  missed by kind of change:");
      outcome.missed().stream()
          .collect(
              java.util.stream.Collectors.groupingBy(
                  v -> v.changes().stream().sorted().toList().toString(),
                  java.util.TreeMap::new,
                  java.util.stream.Collectors.counting()))
          .forEach((changes, count) -> System.out.printf("    %5d %s%n", count, changes));
      System.out.printf("  wrong pairs: %d; the first ten:%n", outcome.wrong().size());
      outcome.wrong().stream()
          .limit(10)
          .forEach(
              pair ->
                  System.out.printf(
                      Locale.ROOT,
                      "    %s / %s (%.1f)%n",
                      pair.a().name(),
                      pair.b().name(),
                      pair.likeness().score()));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
