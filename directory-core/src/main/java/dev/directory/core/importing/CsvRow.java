package dev.directory.core.importing;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One line of a CSV file. Readers ask it for typed values; a value that does not read is recorded
 * as a problem at this file, line and column, and comes back as null.
 */
final class CsvRow {

  final String file;
  final long line;
  private final Map<String, String> values;
  private final Problems problems;

  CsvRow(
      String file,
      long line,
      Map<String, String> values,
      List<String> required,
      Problems problems) {
    this.file = file;
    this.line = line;
    this.values = values;
    this.problems = problems;
    for (String column : required) {
      if (text(column) == null) {
        problem(column, "a value is required");
      }
    }
  }

  /** The trimmed value, or null when the cell is empty or the column absent. */
  @Nullable
  String text(String column) {
    String value = values.get(column);
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  /** The trimmed value, or the empty string. */
  String textOrEmpty(String column) {
    String value = text(column);
    return value == null ? "" : value;
  }

  /** The value read by {@code reader}, or null when empty or when it does not read. */
  @Nullable
  <T> T value(String column, Function<String, T> reader) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return reader.apply(value);
    } catch (IllegalArgumentException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  /** The {@code ;}-separated items of a cell, trimmed, empty ones dropped. */
  List<String> list(String column) {
    String value = text(column);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The items of a list cell, each read by {@code reader}; items that do not read are left out. */
  <T> List<T> list(String column, Function<String, T> reader) {
    return list(column).stream()
        .map(
            item -> {
              try {
                return reader.apply(item);
              } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
              }
            })
        .filter(Objects::nonNull)
        .toList();
  }

  void problem(String column, String message) {
    problems.add(file, line, column, message);
  }
}
