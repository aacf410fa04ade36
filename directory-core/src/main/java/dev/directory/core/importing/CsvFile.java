package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import dev.directory.core.text.Controls;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One UTF-8 CSV file of an import, read as a stream and checked for shape: encoding, header
 * columns, well-formed lines with as many cells as the header, cells no longer than the limit.
 * Values are checked by the row readers. What reading it holds at once is bounded by the limits:
 * its rows (an upload's, all files together) and the length of a line.
 */
final class CsvFile {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** Room beyond the longest line for the blocks the parser reads ahead. */
  private static final long LINE_SLACK = 64 * 1024;

  private static final String TOO_LONG = "longer than any line of this file can be";

  final String name;
  final List<CsvRow> rows = new ArrayList<>();

  private CsvFile(String name) {
    this.name = name;
  }

  /** The rows an import has read so far, of all its files, against its limit. */
  static final class RowCount {
    private final UploadLimits limits;
    private long rows;

    RowCount(UploadLimits limits) {
      this.limits = limits;
    }

    void next(String file) {
      if (++rows > limits.maxRows()) {
        throw TooLarge.of(file, ProblemCode.UPLOAD_TOO_MANY_ROWS, limits.maxRows());
      }
    }
  }

  /**
   * Reads {@code dir/name}; problems of shape go to {@code problems}, and the rows read before the
   * first malformed line are kept so that their values are checked too.
   *
   * @param required columns that must be in the header
   * @param optional columns that may be in the header
   * @throws TooLarge when the import's rows pass the limit
   */
  static CsvFile read(
      Path dir,
      String name,
      List<String> required,
      List<String> optional,
      Problems problems,
      RowCount count,
      UploadLimits limits)
      throws IOException {
    CsvFile file = new CsvFile(name);
    Path path = dir.resolve(name);
    if (!Utf8.check(path, name, problems)) {
      return file;
    }
    // a line may hold every column at its longest; one longer is no line of this file
    LineGuard guard =
        new LineGuard(
            withoutByteOrderMark(
                new BufferedReader(
                    new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))),
            (long) limits.maxCellLength() * (required.size() + optional.size()) + LINE_SLACK);
    try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames();
      if (!checkHeader(name, header, required, optional, problems)) {
        return file;
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          guard.lineStarts();
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(
              name, line, null, ProblemCode.CSV_MALFORMED, guard.passed() ? TOO_LONG : plain(e));
          break;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        count.next(name);
        if (record.size() != header.size()) {
          problems.add(name, line, null, ProblemCode.CSV_CELLS, record.size(), header.size());
          continue;
        }
        Map<String, String> cells = readable(name, line, record.toMap(), problems, limits);
        file.rows.add(new CsvRow(name, line, cells, problems));
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      problems.add(name, 1, null, ProblemCode.CSV_HEADER, plain(e));
    } catch (IOException e) {
      if (!guard.passed()) {
        throw e;
      }
      problems.add(name, 1, null, ProblemCode.CSV_HEADER, TOO_LONG);
    }
    return file;
  }

  /**
   * The cells with every character no stored text may hold taken out, and those longer than the
   * limit emptied, each such cell a problem at its line and column (the whole import is refused:
   * what is left is only checked further).
   */
  private static Map<String, String> readable(
      String name, long line, Map<String, String> cells, Problems problems, UploadLimits limits) {
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      String column = cell.getKey();
      String text = cell.getValue();
      if (text.length() > limits.maxCellLength()) {
        problems.add(
            name, line, column, ProblemCode.TEXT_TOO_LONG, text.length(), limits.maxCellLength());
        cell.setValue("");
        continue;
      }
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

  private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /**
   * Refuses a line longer than any of the file can be, before the parser holds it: a cell of a
   * gigabyte is stopped at the limit. Counts what the parser reads since it last started a line.
   */
  private static final class LineGuard extends FilterReader {

    private final long longest;
    private long read;
    private boolean passed;

    LineGuard(Reader in, long longest) {
      super(in);
      this.longest = longest;
    }

    void lineStarts() {
      read = 0;
    }

    boolean passed() {
      return passed;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(0, n));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > longest) {
        passed = true;
        throw new IOException("line too long");
      }
    }
  }

  private static String plain(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? "unreadable" : cause.getMessage();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
