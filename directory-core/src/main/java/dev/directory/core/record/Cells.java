package dev.directory.core.record;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Records as text cells, named by their columns and written as a person types them in the CSV files
 * and the edit forms: a list is {@code ;}-separated, an e-mail or phone may start with its type
 * ({@code mobile: +56 9 …}), a flag is yes or no. The history compares records in this form.
 */
public final class Cells {

  private Cells() {}

  /** {@code work: a@example.org; personal: b@example.org} */
  public static String emails(List<Email> emails) {
    return String.join(
        "; ", emails.stream().map(e -> e.type().code() + ": " + e.address()).toList());
  }

  /** {@code work: +56 2 …; mobile: …}, each as written. */
  public static String phones(List<Phone> phones) {
    return String.join(
        "; ", phones.stream().map(ph -> ph.type().code() + ": " + ph.raw()).toList());
  }

  /** The {@code ;}-separated items of a cell, trimmed, empty ones dropped. */
  public static List<String> items(@Nullable String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code "mobile: +56 9 …"}: an optional type of letters before a colon, then the value. */
  public static Entry entry(String item) {
    int colon = item.indexOf(':');
    if (colon > 0 && item.substring(0, colon).strip().matches("[A-Za-z]+")) {
      return new Entry(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
    }
    return new Entry(null, item);
  }

  public static void unknownColumns(Reading r, Map<String, String> cells, Field[] fields) {
    for (String column : cells.keySet()) {
      if (Field.byColumn(fields, column).isEmpty()) {
        r.problem(Problem.of(column, ProblemCode.FIELD_UNKNOWN, column, Field.columns(fields)));
      }
    }
  }

  public static Map<String, String> blanksAsNull(Map<String, String> cells) {
    cells.replaceAll((name, value) -> value == null || value.isEmpty() ? null : value);
    return cells;
  }
}
