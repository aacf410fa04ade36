package dev.directory.web.export;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.search.index.Facet;
import dev.directory.search.query.Matches;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult.Hit;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A search's results as a workbook (Office Open XML, written by fastexcel) that spreadsheets keep
 * as it is: a sheet per kind of record, its header frozen; ids, phone numbers and every other text
 * are text cells (a spreadsheet opening a CSV reads {@code +56229633710} as a number and drops the
 * {@code 0} of {@code 0041…}), the day a record last changed a date cell. Each sheet is the search
 * run again for its kinds and written while it is read, a chunk of rows at a time.
 */
record XlsxExport(Matches matches, ChangeLog changes) {

  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The columns of every sheet: the export's columns, then the day the record last changed. */
  static final List<String> HEADER =
      Stream.concat(Arrays.stream(HitColumn.headers()), Stream.of("last_changed")).toList();

  private static final int CHUNK = 500;
  private static final int LAST_CHANGED = HEADER.size() - 1;

  /** The sheets, in their order, and the kinds of result each holds. */
  private enum Sheet {
    PEOPLE("People", RecordKind.PERSON, List.of(ResultType.PERSON, ResultType.PRESS_CONTACT)),
    POSITIONS("Positions", RecordKind.POSITION, List.of(ResultType.POSITION)),
    ORGANIZATIONS(
        "Organizations",
        RecordKind.ORGANIZATION,
        List.of(
            ResultType.MINISTRY,
            ResultType.DEPARTMENT,
            ResultType.MUNICIPAL_SERVICE,
            ResultType.MISSION_OFFICE,
            ResultType.PARTNER));

    private final String title;
    private final RecordKind kind;
    private final List<ResultType> types;

    Sheet(String title, RecordKind kind, List<ResultType> types) {
      this.title = title;
      this.kind = kind;
      this.types = types;
    }
  }

  /** Writes the workbook of {@code request}'s results to {@code out}; does not close it. */
  void write(SearchRequest request, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Directory", "1.0");
    List<String> asked = request.filters().getOrDefault(Facet.TYPE, List.of());
    for (Sheet sheet : Sheet.values()) {
      List<String> types =
          sheet.types.stream()
              .map(ResultType::code)
              .filter(type -> asked.isEmpty() || asked.contains(type))
              .toList();
      if (!types.isEmpty()) { // every type belongs to a sheet: at least one is written
        writeSheet(workbook, sheet, narrowed(request, types));
      }
    }
    workbook.finish();
  }

  private static SearchRequest narrowed(SearchRequest request, List<String> types) {
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    filters.putAll(request.filters());
    filters.put(Facet.TYPE, types);
    return new SearchRequest(
        request.query(), filters, request.order(), request.page(), request.size());
  }

  private void writeSheet(Workbook workbook, Sheet sheet, SearchRequest request)
      throws IOException {
    Worksheet cells = workbook.newWorksheet(sheet.title);
    for (int column = 0; column < HEADER.size(); column++) {
      cells.value(0, column, HEADER.get(column));
      cells.style(0, column).bold().set();
    }
    cells.freezePane(0, 1);
    Rows rows = new Rows(sheet, cells);
    matches.forEach(request, rows::add);
    rows.flush();
    cells.finish();
  }

  /** The rows of one sheet: written a chunk at a time, with the chunk's last changes. */
  private final class Rows {
    private final Sheet sheet;
    private final Worksheet cells;
    private final List<Hit> pending = new ArrayList<>(CHUNK);
    private int row = 1;

    Rows(Sheet sheet, Worksheet cells) {
      this.sheet = sheet;
      this.cells = cells;
    }

    void add(Hit hit) throws IOException {
      pending.add(hit);
      if (pending.size() == CHUNK) {
        flush();
      }
    }

    void flush() throws IOException {
      Map<String, Instant> changed =
          changes.lastChanged(sheet.kind, pending.stream().map(Hit::id).toList());
      for (Hit hit : pending) {
        for (HitColumn column : HitColumn.values()) {
          String text = column.of(hit);
          if (text != null && !text.isEmpty()) {
            cells.value(row, column.ordinal(), text);
          }
        }
        Instant when = changed.get(hit.id());
        if (when != null) {
          cells.value(row, LAST_CHANGED, LocalDate.ofInstant(when, ZoneOffset.UTC));
          cells.style(row, LAST_CHANGED).format("yyyy-mm-dd").set();
        }
        row++;
      }
      pending.clear();
      cells.flush();
    }
  }
}
