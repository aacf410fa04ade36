package dev.directory.search.routing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The routing test sets, {@code routing/inquiries.csv} and {@code routing-world/inquiries.csv}:
 * inquiries in English, Spanish and French with the office and contact a person would choose for
 * them.
 */
final class RoutingTestSet {

  private RoutingTestSet() {}

  /** Its rows: language, subject, message, country, office, contact. */
  static List<CSVRecord> rows() throws IOException {
    return rows(RoutingFixture.SOUTH_AMERICA);
  }

  /** The rows of the test set beside a fixture: {@code inquiries.csv} of its folder. */
  static List<CSVRecord> rows(String folder) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            RoutingTestSet.class.getResourceAsStream(folder + "/inquiries.csv"),
            StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(reader)
          .getRecords();
    }
  }

  static Router.Inquiry inquiry(CSVRecord row) {
    String country = row.get("country").isBlank() ? null : row.get("country");
    return new Router.Inquiry(row.get("subject"), row.get("message"), country);
  }
}
