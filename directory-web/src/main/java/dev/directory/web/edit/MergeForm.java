package dev.directory.web.edit;

import dev.directory.web.language.Labels;
import dev.directory.web.language.Texts;
import dev.directory.web.page.Addresses;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page that merges two entries of one record: each field's two values side by side, with the
 * choice of which stays (lists may keep both).
 *
 * @param problem why the merge was not made, if it was tried
 */
public record MergeForm(
    String heading,
    String action,
    String id,
    String other,
    long version,
    long otherVersion,
    List<Row> rows,
    @Nullable String problem) {

  /** One field: its two values, and whether it is a list (whose values may all stay). */
  public record Row(String name, String label, String mine, String theirs, boolean list) {

    public boolean same() {
      return mine.equals(theirs);
    }
  }

  static MergeForm of(
      FormKind kind,
      String id,
      String other,
      long version,
      long otherVersion,
      Map<String, String> mine,
      Map<String, String> theirs,
      @Nullable String problem) {
    List<Row> rows =
        kind.columns.stream()
            .filter(column -> !column.name().equals("id"))
            .map(
                column ->
                    new Row(
                        column.name(),
                        column.label(kind.key),
                        shown(column, mine.get(column.name())),
                        shown(column, theirs.get(column.name())),
                        column.field().list()))
            .toList();
    return new MergeForm(
        Texts.t("merge.heading", other, id),
        Addresses.page(kind.record, id) + "/merge",
        id,
        other,
        version,
        otherVersion,
        rows,
        problem);
  }

  /** A value as the reader reads it: a choice or a role by its label, the rest as written. */
  private static String shown(Columns.Column column, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    if (!column.choices().isEmpty()) {
      return Texts.t("choice." + value);
    }
    if (column.name().equals("roles")) {
      return Arrays.stream(value.split(";"))
          .map(String::strip)
          .map(Labels::role)
          .collect(Collectors.joining("; "));
    }
    return value;
  }
}
