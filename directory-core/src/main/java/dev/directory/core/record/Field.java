package dev.directory.core.record;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field of an editable record, the one table of its names: its column in the CSV files (which the
 * import, the edit forms and the history use) and its name in the JSON API.
 */
public interface Field {

  /**
   * A field's names and whether a record must have it: what each kind's enum of fields gives.
   *
   * @param column the column in the CSV files (data/README.md), e.g. {@code job_title}
   * @param json the name in the JSON the API returns and takes, e.g. {@code title}
   */
  record Names(String column, String json, boolean required) {}

  Names names();

  /** The column in the CSV files (data/README.md), e.g. {@code job_title}. */
  default String column() {
    return names().column();
  }

  /** The name in the JSON the API returns and takes, e.g. {@code title}. */
  default String json() {
    return names().json();
  }

  default boolean required() {
    return names().required();
  }

  static <F extends Field> Optional<F> byColumn(F[] fields, String column) {
    return Arrays.stream(fields).filter(f -> f.column().equals(column)).findFirst();
  }

  static String columns(Field[] fields) {
    return Arrays.stream(fields).map(Field::column).collect(Collectors.joining(", "));
  }
}
