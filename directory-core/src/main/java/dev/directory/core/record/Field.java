package dev.directory.core.record;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field of an editable record, the one table of its names: its column in the CSV files (which the
 * import, the edit forms and the history use) and its name in the JSON API.
 */
public interface Field {

  /** The column in the CSV files (data/README.md), e.g. {@code job_title}. */
  String column();

  /** The name in the JSON the API returns and takes, e.g. {@code title}. */
  String json();

  boolean required();

  static <F extends Field> Optional<F> byColumn(F[] fields, String column) {
    return Arrays.stream(fields).filter(f -> f.column().equals(column)).findFirst();
  }

  static String columns(Field[] fields) {
    return Arrays.stream(fields).map(Field::column).collect(Collectors.joining(", "));
  }
}
