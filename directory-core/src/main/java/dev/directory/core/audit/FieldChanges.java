package dev.directory.core.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * A change's fields as its history row keeps them: one CSV line per field (name, before, after).
 * Every value is quoted and an absent one is not, so an empty value and no value read back as they
 * were written. One column of the change's row instead of a row per field: an import of a new
 * person wrote about thirteen field rows.
 */
public final class FieldChanges {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).build();

  private FieldChanges() {}

  public static String write(List<FieldChange> changes) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      for (FieldChange change : changes) {
        printer.printRecord(change.field(), change.before(), change.after());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  public static List<FieldChange> read(String text) {
    List<FieldChange> changes = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord line : parser) {
        changes.add(new FieldChange(line.get(0), line.get(1), line.get(2)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changes;
  }
}
