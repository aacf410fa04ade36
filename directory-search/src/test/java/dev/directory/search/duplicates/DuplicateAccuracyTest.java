package dev.directory.search.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.bench.SyntheticDuplicates;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full scan of 40,000 synthetic people, one in twenty entered a second time with two or three of
 * the changes people make (a typo, no accents, names swapped, an initial, the phone written the
 * national way, another address, another organisation of the country): at the default threshold, at
 * least 95 % of the pairs found are injected ones and at least 90 % of the injected are found.
 * Every miss is printed.
 */
class DuplicateAccuracyTest {

  @TempDir Path dir;

  @Test
  void findsTheInjectedSecondEntriesAndLittleElse() throws Exception {
    SyntheticDirectory directory = new SyntheticDirectory(11, 4_000, 40_000);
    SyntheticDuplicates duplicates = new SyntheticDuplicates(directory, 20);
    try (SearchIndex index = SearchIndex.open(dir)) {
      DuplicateScanMeasure.index(index, directory, duplicates);
      DuplicateScanMeasure.Outcome outcome =
          DuplicateScanMeasure.scan(new Duplicates(index), directory, duplicates);

      System.out.printf(
          Locale.ROOT,
          "duplicate scan: %d injected, %d found, %d right: precision %.1f %%, recall %.1f %%%n",
          outcome.injected(),
          outcome.found(),
          outcome.right(),
          100 * outcome.precision(),
          100 * outcome.recall());
      for (SyntheticDuplicates.Variant missed : outcome.missed()) {
        Person first = directory.person(missed.of());
        System.out.printf(
            Locale.ROOT,
            "  missed: %s / %s %s%n",
            first.fullName(),
            missed.person().fullName(),
            missed.changes());
      }
      for (Duplicates.Pair wrong : outcome.wrong()) {
        System.out.printf(
            Locale.ROOT,
            "  wrong: %s / %s, %.1f %s%n",
            wrong.a().name(),
            wrong.b().name(),
            wrong.likeness().score(),
            wrong.likeness().agreements());
      }
      assertTrue(outcome.precision() >= 0.95, "precision " + outcome.precision());
      assertTrue(outcome.recall() >= 0.90, "recall " + outcome.recall());
    }
  }
}
