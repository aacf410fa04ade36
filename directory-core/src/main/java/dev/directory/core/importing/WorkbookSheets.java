package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets of an .xlsx workbook (read by fastexcel) as the CSV files of an import: a sheet named
 * as a file ("people", or "people.csv") holds that file's columns in its first row and a record in
 * each row after; its row numbers are the lines problems name.
 */
final class WorkbookSheets {

  private WorkbookSheets() {}

  static void write(Upload upload, UploadFolder folder, Problems problems) throws IOException {
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
        folder.add(file, csv(sheet.read()), new UploadFolder.Origin(where, Map.of()));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(
          upload.name(),
          0,
          null,
          ProblemCode.UPLOAD_UNREADABLE,
          "an .xlsx workbook",
          UploadFolder.plain(e.getMessage()));
    }
  }

  /** The rows as CSV, one line per row (a blank row a blank line), so that lines stay rows. */
  private static byte[] csv(List<Row> rows) throws IOException {
    StringWriter out = new StringWriter();
    int columns = 0;
    if (!rows.isEmpty()) {
      Row header = rows.get(0);
      for (int c = 0; c < header.getCellCount(); c++) {
        if (header.getCell(c) != null && !text(header.getCell(c)).isBlank()) {
          columns = c + 1;
        }
      }
    }
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      int next = 1;
      for (Row row : rows) {
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
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Cell cell) {
    String text = cell.getText();
    return text == null ? "" : text.strip();
  }
}
