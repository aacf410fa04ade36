package dev.directory.web.export;

import dev.directory.search.query.SearchResult.Hit;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Search results as CSV that spreadsheets open as they are: UTF-8 with a byte-order mark (without
 * it, Excel reads "Girón" as "GirÃ³n"), RFC 4180 quoting, and no cell that a spreadsheet would run
 * as a formula.
 */
final class CsvRows implements AutoCloseable {

  private final CSVPrinter printer;

  CsvRows(Writer out) throws IOException {
    out.write('\uFEFF');
    this.printer = CSVFormat.RFC4180.builder().setHeader(HitColumn.headers()).get().print(out);
  }

  void add(Hit hit) throws IOException {
    printer.printRecord(Arrays.stream(HitColumn.values()).map(column -> inert(column.of(hit))));
  }

  /**
   * A cell that begins with = + - @ or a control character may be run as a formula by spreadsheets
   * (CSV injection); a leading apostrophe makes it text. A phone number ("+56 2 2963 3710": a sign,
   * then only digits, spaces and ( ) . / -) is left as it is: it can call no function and reach no
   * other cell or program, and LibreOffice opens it as the text it is (README: Exports).
   */
  static String inert(String value) {
    if (value == null || value.isEmpty() || PHONE_SHAPED.matcher(value).matches()) {
      return value;
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }

  private static final Pattern PHONE_SHAPED = Pattern.compile("[+-][0-9 ()./-]*[0-9][0-9 ()./-]*");

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
