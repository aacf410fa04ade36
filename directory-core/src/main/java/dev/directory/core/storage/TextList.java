package dev.directory.core.storage;

import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of free labels (aliases, roles, languages) in one text column, one per line.
 * Labels are single-line by validation, so a newline can never be part of one.
 */
public final class TextList {

  private TextList() {}

  public static String join(List<String> values) {
    return String.join("\n", values);
  }

  public static List<String> split(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(column.split("\n"));
  }
}
