package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets of an .xlsx workbook (read by fastexcel) as the CSV files of an import: a sheet named
 * as a file ("people", or "people.csv") holds that file's columns in its first row and a record in
 * each row after; its row numbers are the lines problems name. The workbook's parts are counted
 * against the upload's limits first ({@link Unpacking}), and its rows are streamed to the files, so
 * that what a workbook costs to read is bounded whatever it holds.
 */
final class WorkbookSheets {

  private WorkbookSheets() {}

  static void write(Upload upload, UploadFolder folder, Problems problems, UploadLimits limits)
      throws IOException {
    try {
      Unpacking.checkWorkbook(upload, limits);
    } catch (IOException | RuntimeException e) {
      if (e instanceof TooLarge tooLarge) {
        throw tooLarge;
      }
      problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_UNREADABLE, "an .xlsx workbook");
      return;
    }
    long rows = 0;
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(upload.content()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      for (Sheet sheet : sheets) {
        String name = sheet.getName().strip().toLowerCase(Locale.ROOT);
        String file = name.endsWith(".csv") ? name : name + ".csv";
        String where = upload.name() + ", sheet " + sheet.getName();
        if (!FolderReader.FILES.contains(file)) {
          problems.add(
              where,
              0,
              null,
              ProblemCode.SHEET_UNKNOWN,
              sheet.getName(),
              FolderReader.FILES.stream()
                  .map(f -> f.replace(".csv", ""))
                  .collect(Collectors.joining(", ")));
          continue;
        }
        Path csv = folder.file(file, new UploadFolder.Origin(where, Map.of()));
        try (Stream<Row> sheetRows = sheet.openStream();
            Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          rows += csv(sheetRows.iterator(), out, limits.maxRows() - rows, upload.name(), limits);
        }
      }
    } catch (TooLarge tooLarge) {
      throw tooLarge;
    } catch (IOException | RuntimeException e) {
      problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_UNREADABLE, "an .xlsx workbook");
    }
  }

  /**
   * Writes the rows as CSV, one line per row (a blank row a blank line), so that lines stay rows.
   *
   * @param left how many rows the upload may still bring
   * @return how many rows were written
   */
  private static long csv(
      Iterator<Row> rows, Writer out, long left, String file, UploadLimits limits)
      throws IOException {
    if (!rows.hasNext()) {
      return 0;
    }
    Row header = rows.next();
    int columns = 0;
    for (int c = 0; c < header.getCellCount(); c++) {
      if (header.getCell(c) != null && !text(header.getCell(c)).isBlank()) {
        columns = c + 1;
      }
    }
    long written = 0;
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      int next = 1;
      for (Row row = header; row != null; row = rows.hasNext() ? rows.next() : null) {
        if (++written > left + 1) { // the header is not a record
          throw TooLarge.of(file, ProblemCode.UPLOAD_TOO_MANY_ROWS, limits.maxRows());
        }
        for (; next < row.getRowNum(); next++) {
          out.write("\r\n"); // rows the sheet leaves out
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
          cells.add(cell == null ? "" : text(cell).replace("\r\n", " ").replace('\n', ' '));
        }
        if (cells.stream().allMatch(String::isBlank)) {
          out.write("\r\n");
        } else {
          printer.printRecord(cells);
        }
        next = row.getRowNum() + 1;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return written - 1;
  }

  private static String text(Cell cell) {
    String text = cell.getText();
    return text == null ? "" : text.strip();
  }
}
