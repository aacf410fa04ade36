package dev.directory.core.importing;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import changed: for each file, how many records it created, updated or left alone; and
 * the ids of the people and organisations it wrote.
 */
public record ImportResult(
    Map<String, Counts> byFile, Set<String> writtenPeople, Set<String> writtenOrganizations) {

  public ImportResult {
    byFile = Map.copyOf(byFile);
    writtenPeople = Set.copyOf(writtenPeople);
    writtenOrganizations = Set.copyOf(writtenOrganizations);
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
