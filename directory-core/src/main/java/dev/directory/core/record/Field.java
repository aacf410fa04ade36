package dev.directory.core.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field of an editable record, the one table of its names: its column in the CSV files (which the
 * import, the edit forms and the history use), its name in the JSON API, and how a form asks for
 * it.
 */
public interface Field {

  /**
   * A field's names and whether a record must have it: what each kind's enum of fields gives.
   *
   * @param column the column in the CSV files (data/README.md), e.g. {@code job_title}
   * @param json the name in the JSON the API returns and takes, e.g. {@code title}
   * @param list whether it holds a list (a merge unites both records' values unless told which)
   * @param multiline whether a form asks for it in a box of several lines
   * @param choices the values a form offers to choose from; empty when it is typed
   */
  record Names(
      String column,
      String json,
      boolean required,
      boolean list,
      boolean multiline,
      List<String> choices) {

    public Names {
      choices = List.copyOf(choices);
    }

    public Names(String column, String json, boolean required) {
      this(column, json, required, false, false, List.of());
    }

    /** The same, asked for in a box of several lines. */
    /** The same, holding a list. */
    public Names aList() {
      return new Names(column, json, required, true, multiline, choices);
    }

    public Names inSeveralLines() {
      return new Names(column, json, required, list, true, choices);
    }

    /** The same, chosen from these values. */
    public Names chosenFrom(String... values) {
      return new Names(column, json, required, list, multiline, List.of(values));
    }
  }

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

  default boolean list() {
    return names().list();
  }

  default boolean multiline() {
    return names().multiline();
  }

  default List<String> choices() {
    return names().choices();
  }

  static <F extends Field> Optional<F> byColumn(F[] fields, String column) {
    return Arrays.stream(fields).filter(f -> f.column().equals(column)).findFirst();
  }

  /** The columns of the fields that hold lists. */
  static Set<String> listColumns(Field[] fields) {
    return Arrays.stream(fields)
        .filter(Field::list)
        .map(Field::column)
        .collect(Collectors.toUnmodifiableSet());
  }

  static String columns(Field[] fields) {
    return Arrays.stream(fields).map(Field::column).collect(Collectors.joining(", "));
  }
}
