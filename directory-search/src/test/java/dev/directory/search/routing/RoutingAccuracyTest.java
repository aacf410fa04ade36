package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Routes the test set of {@code routing/inquiries.csv} (English, Spanish and French inquiries with
 * the office and contact a person would choose), all of which must be right, and reports the
 * accuracy per language in {@code target/routing-accuracy.txt}.
 */
@MicronautTest(startApplication = false, transactional = false)
class RoutingAccuracyTest {

  private static final double REQUIRED_ACCURACY = 0.95;

  @Inject ApplicationContext context;

  @Test
  void routesTheTestSetToTheOfficesAndContactsAPersonWouldChoose() throws Exception {
    LiveRouter router = RoutingFixture.importInto(context);
    Accuracy accuracy = measure(router, RoutingTestSet.rows(), "routing-accuracy.txt");
    assertEquals(accuracy.total(), accuracy.right(), accuracy.report());
  }

  /** How many of the test set were routed right, and the report. */
  record Accuracy(int right, int total, String report) {}

  /**
   * Routes every row, writes the report (accuracy per language, every miss) to {@code
   * target/<file>} and fails below {@value #REQUIRED_ACCURACY}.
   */
  static Accuracy measure(LiveRouter router, List<CSVRecord> testSet, String file)
      throws Exception {
    Map<String, int[]> byLanguage = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int languagesRight = 0;
    for (CSVRecord row : testSet) {
      Routing routing = router.route(RoutingTestSet.inquiry(row));
      assertNotNull(routing.office(), () -> "no office for " + row.get("subject"));
      assertFalse(routing.reasons().isEmpty(), () -> "no reasons for " + row.get("subject"));
      String contact = routing.contact() == null ? "" : routing.contact().id();
      boolean right =
          routing.office().id().equals(row.get("office")) && contact.equals(row.get("contact"));
      int[] tally = byLanguage.computeIfAbsent(row.get("language"), l -> new int[2]);
      tally[0] += right ? 1 : 0;
      tally[1]++;
      if (!right) {
        misses.add(
            row.get("subject")
                + ": expected "
                + row.get("office")
                + "/"
                + row.get("contact")
                + ", got "
                + routing.office().id()
                + "/"
                + contact
                + " because "
                + routing.reasons());
      }
      languagesRight += row.get("language").equals(routing.language()) ? 1 : 0;
    }
    int right = byLanguage.values().stream().mapToInt(t -> t[0]).sum();
    String report = report(byLanguage, right, testSet.size(), languagesRight, misses);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", file), report);
    System.out.print(report);
    assertTrue(right >= REQUIRED_ACCURACY * testSet.size(), report);
    return new Accuracy(right, testSet.size(), report);
  }

  private static String report(
      Map<String, int[]> byLanguage,
      int right,
      int total,
      int languagesRight,
      List<String> misses) {
    StringBuilder report = new StringBuilder("Routing accuracy (office and contact both right)\n");
    byLanguage.forEach(
        (language, tally) ->
            report.append(String.format("  %s  %d/%d%n", language, tally[0], tally[1])));
    report.append(
        String.format(Locale.ROOT, "  all %d/%d = %.1f %%%n", right, total, 100.0 * right / total));
    report.append(String.format("Language recognised: %d/%d%n", languagesRight, total));
    misses.forEach(miss -> report.append("  miss: ").append(miss).append('\n'));
    return report.toString();
  }
}
