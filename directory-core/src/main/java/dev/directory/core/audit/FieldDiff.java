package dev.directory.core.audit;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What differs between two versions of a record given as its cells (see {@code Cells}). */
public final class FieldDiff {

  private FieldDiff() {}

  /** The fields that differ, in the order of the record's columns. */
  public static List<FieldChange> diff(
      @Nullable Map<String, String> before, @Nullable Map<String, String> after) {
    Map<String, String> was = before == null ? Map.of() : before;
    Map<String, String> is = after == null ? Map.of() : after;
    Set<String> names = new LinkedHashSet<>(is.keySet());
    names.addAll(was.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(was.get(name), is.get(name))) {
        changes.add(new FieldChange(name, was.get(name), is.get(name)));
      }
    }
    return changes;
  }
}
