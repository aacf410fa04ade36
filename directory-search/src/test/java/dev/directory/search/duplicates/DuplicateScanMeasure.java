package dev.directory.search.duplicates;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.bench.SyntheticDuplicates;
import dev.directory.search.document.DocumentFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Indexes a synthetic directory with its injected second entries, runs a full duplicate scan and
 * measures it against the injected truth: what the accuracy test and the benchmark report.
 */
final class DuplicateScanMeasure {

  /** What a scan found against the truth; {@code missed} and {@code wrong} list every miss. */
  record Outcome(
      int injected,
      int found,
      int right,
      double scanSeconds,
      List<SyntheticDuplicates.Variant> missed,
      List<Duplicates.Pair> wrong) {

    double precision() {
      return found == 0 ? 1 : (double) right / found;
    }

    double recall() {
      return injected == 0 ? 1 : (double) right / injected;
    }
  }

  private DuplicateScanMeasure() {}

  static void index(SearchIndex index, SyntheticDirectory directory, SyntheticDuplicates duplicates)
      throws IOException {
    DocumentFactory factory = new DocumentFactory(directory.topics());
    index.replaceAll(
        sink -> {
          for (Organization organization : directory.organizations()) {
            sink.add(factory.organization(organization, directory.ancestors(organization)));
          }
          IntStream.range(0, directory.peopleCount())
              .parallel()
              .forEach(
                  i -> {
                    sink.add(document(factory, directory, directory.person(i)));
                    if (duplicates.hasSecondEntry(i)) {
                      Person second = duplicates.secondEntryOf(i).person();
                      sink.add(document(factory, directory, second));
                    }
                  });
        },
        SearchIndex.Position.of(1));
  }

  private static org.apache.lucene.document.Document document(
      DocumentFactory factory, SyntheticDirectory directory, Person person) {
    Organization organization = directory.organization(person.organizationId());
    return factory.person(person, organization, directory.ancestors(organization));
  }

  static Outcome scan(
      Duplicates finder, SyntheticDirectory directory, SyntheticDuplicates duplicates)
      throws IOException {
    long started = System.nanoTime();
    List<Duplicates.Pair> pairs = finder.scan(Traits.Kind.PERSON, (a, b) -> false);
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, SyntheticDuplicates.Variant> truth = new HashMap<>();
    for (int i = 0; i < directory.peopleCount(); i++) {
      if (duplicates.hasSecondEntry(i)) {
        SyntheticDuplicates.Variant variant = duplicates.secondEntryOf(i);
        truth.put(key(directory.person(i).id(), variant.person().id()), variant);
      }
    }
    Set<String> found = new HashSet<>();
    List<Duplicates.Pair> wrong = new ArrayList<>();
    for (Duplicates.Pair pair : pairs) {
      String key = key(pair.a().id(), pair.b().id());
      if (truth.containsKey(key)) {
        found.add(key);
      } else {
        wrong.add(pair);
      }
    }
    List<SyntheticDuplicates.Variant> missed =
        truth.entrySet().stream()
            .filter(e -> !found.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    return new Outcome(truth.size(), pairs.size(), found.size(), seconds, missed, wrong);
  }

  static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
