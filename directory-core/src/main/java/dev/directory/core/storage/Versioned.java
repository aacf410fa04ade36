package dev.directory.core.storage;

import io.micronaut.core.annotation.Introspected;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A record's id and version, as the stores read them for many records at once. */
@Introspected
public record Versioned(String id, long version) {

  /** The versions of these records by id, read a batch at a time by {@code find}. */
  public static Map<String, Long> byId(
      Collection<String> ids, Function<String[], List<Versioned>> find) {
    Map<String, Long> versions = new HashMap<>();
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      find.apply(batch.toArray(String[]::new)).forEach(v -> versions.put(v.id(), v.version()));
    }
    return versions;
  }
}
