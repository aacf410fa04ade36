package dev.directory.core.editing;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Cells;
import dev.directory.core.record.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of a merged record: the editor's choices, and each field's value as chosen. */
final class MergedCells {

  /** Which record's value a field keeps. */
  enum Choice {
    THIS,
    OTHER
  }

  private MergedCells() {}

  /** The cells of the merged record: the chosen record's, lists united unless one is chosen. */
  static Map<String, String> merge(
      Map<String, String> staying,
      Map<String, String> going,
      Map<String, Choice> chosen,
      Set<String> lists) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : staying.entrySet()) {
      String column = entry.getKey();
      String mine = entry.getValue();
      String theirs = going.get(column);
      Choice choice = chosen.get(column);
      String value;
      if (column.equals("id")) {
        value = mine;
      } else if (choice == Choice.OTHER) {
        value = theirs;
      } else if (choice == Choice.THIS) {
        value = mine;
      } else if (lists.contains(column)) {
        Set<String> united = new LinkedHashSet<>(Cells.items(mine));
        united.addAll(Cells.items(theirs));
        value = String.join("; ", united);
      } else {
        value = mine == null || mine.isBlank() ? theirs : mine;
      }
      cells.put(column, value);
    }
    return cells;
  }

  /** The choices by CSV column, from the API's names or the columns themselves. */
  static Map<String, Choice> choices(Map<String, String> given, Field[] fields) {
    Map<String, Choice> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      Field field =
          Arrays.stream(fields)
              .filter(f -> f.json().equals(entry.getKey()) || f.column().equals(entry.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      Refused.of(
                          "choices",
                          ProblemCode.FIELD_UNKNOWN,
                          entry.getKey(),
                          Arrays.stream(fields)
                              .map(Field::json)
                              .filter(name -> !name.equals("id"))
                              .collect(Collectors.joining(", "))));
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (!value.equals("this") && !value.equals("other")) {
        throw Refused.of(
            "choices." + entry.getKey(),
            ProblemCode.CHOICE_INVALID,
            value,
            "a choice",
            "this, other");
      }
      chosen.put(field.column(), value.equals("this") ? Choice.THIS : Choice.OTHER);
    }
    return chosen;
  }
}
