package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.record.Cells;
import dev.directory.core.record.Reading;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of a CSV file. Readers ask it for typed values; a value that does not read is recorded
 * as a problem at this file, line and column, and comes back as null.
 */
final class CsvRow {

  final String file;
  final long line;
  private final Map<String, String> cells;
  private final Problems problems;
  private final Reading reading;

  CsvRow(String file, long line, Map<String, String> cells, Problems problems) {
    this.file = file;
    this.line = line;
    this.cells = cells;
    this.problems = problems;
    this.reading = new Reading(this::problem);
  }

  /** The cells by column, as the file has them. */
  Map<String, String> cells() {
    return cells;
  }

  /** The value read by {@code reader}, or null when empty or when it does not read. */
  @Nullable
  <T> T value(String column, Function<String, T> reader) {
    return reading.value(column, false, cells.get(column), reader);
  }

  /** As {@link #value}, and a problem when the cell is empty. */
  @Nullable
  <T> T required(String column, Function<String, T> reader) {
    return reading.value(column, true, cells.get(column), reader);
  }

  /** The {@code ;}-separated items of a cell, trimmed, empty ones dropped. */
  List<String> list(String column) {
    return Cells.items(cells.get(column));
  }

  /** The items of a list cell, each read by {@code reader}; items that do not read are left out. */
  <T> List<T> list(String column, Function<String, T> reader) {
    return reading.list(column, list(column), reader);
  }

  void problem(Problem problem) {
    problems.add(file, line, problem);
  }

  void problem(String column, ProblemCode code, Object... args) {
    problem(Problem.of(column, code, args));
  }
}
