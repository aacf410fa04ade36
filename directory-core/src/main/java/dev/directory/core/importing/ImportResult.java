package dev.directory.core.importing;

import java.util.Map;
import java.util.stream.Collectors;

/** What an import changed: for each file, how many records it created, updated or left alone. */
public record ImportResult(Map<String, Counts> byFile) {

  public ImportResult {
    byFile = Map.copyOf(byFile);
  }

  /** Records written in one file's worth of an import. */
  public record Counts(int created, int updated, int unchanged) {}

  public int changed() {
    return byFile.values().stream().mapToInt(c -> c.created() + c.updated()).sum();
  }

  @Override
  public String toString() {
    return byFile.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey()
                    + ": "
                    + e.getValue().created()
                    + " created, "
                    + e.getValue().updated()
                    + " updated, "
                    + e.getValue().unchanged()
                    + " unchanged")
        .collect(Collectors.joining("; "));
  }
}
