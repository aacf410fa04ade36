package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.text.Controls;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One UTF-8 CSV file of an import, read whole and checked for shape: encoding, header columns,
 * well-formed lines with as many cells as the header. Values are checked by the row readers.
 */
final class CsvFile {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  final String name;
  final List<CsvRow> rows = new ArrayList<>();

  private CsvFile(String name) {
    this.name = name;
  }

  /**
   * Reads {@code dir/name}; problems of shape go to {@code problems}, and the rows read before the
   * first malformed line are kept so that their values are checked too.
   *
   * @param required columns that must be in the header
   * @param optional columns that may be in the header
   */
  static CsvFile read(
      Path dir, String name, List<String> required, List<String> optional, Problems problems)
      throws IOException {
    CsvFile file = new CsvFile(name);
    String text = decode(Files.readAllBytes(dir.resolve(name)), name, problems);
    if (text == null) {
      return file;
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      if (!checkHeader(name, header, required, optional, problems)) {
        return file;
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(name, line, null, ProblemCode.CSV_MALFORMED, plain(e));
          break;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() != header.size()) {
          problems.add(name, line, null, ProblemCode.CSV_CELLS, record.size(), header.size());
          continue;
        }
        file.rows.add(
            new CsvRow(name, line, readable(name, line, record.toMap(), problems), problems));
      }
    } catch (IllegalArgumentException e) {
      problems.add(name, 1, null, ProblemCode.CSV_HEADER, plain(e));
    }
    return file;
  }

  /**
   * The cells with every character no stored text may hold taken out, each such cell a problem at
   * its line and column (the whole import is refused: what is left is only checked further).
   */
  private static Map<String, String> readable(
      String name, long line, Map<String, String> cells, Problems problems) {
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      String column = cell.getKey();
      String text = cell.getValue();
      Optional<Controls.Found> found = Controls.inField(column, text);
      if (found.isPresent()) {
        problems.add(name, line, Problem.ofCharacter(column, found.get()));
        StringBuilder kept = new StringBuilder();
        text.codePoints()
            .filter(c -> Controls.find(Character.toString(c), Controls.multiLine(column)).isEmpty())
            .forEach(kept::appendCodePoint);
        cell.setValue(kept.toString());
      }
    }
    return cells;
  }

  private static boolean checkHeader(
      String name,
      List<String> header,
      List<String> required,
      List<String> optional,
      Problems problems) {
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (String column : header) {
      if (!required.contains(column) && !optional.contains(column)) {
        problems.add(
            name,
            1,
            column,
            ProblemCode.CSV_COLUMN_UNKNOWN,
            name,
            String.join(", ", concat(required, optional)));
        ok = false;
      }
      if (!seen.add(column)) {
        problems.add(name, 1, column, ProblemCode.CSV_COLUMN_TWICE);
        ok = false;
      }
    }
    for (String column : required) {
      if (!header.contains(column)) {
        problems.add(name, 1, column, ProblemCode.CSV_COLUMN_MISSING);
        ok = false;
      }
    }
    return ok;
  }

  /** Decodes strict UTF-8 (a leading byte-order mark is dropped); null if the bytes are not. */
  private static String decode(byte[] bytes, String name, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      long line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(
          name,
          line,
          null,
          ProblemCode.CSV_NOT_UTF8,
          String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xff));
      return null;
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String plain(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
