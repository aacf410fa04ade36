package dev.directory.core.record;

import java.util.Set;

/** What saving many records wrote: the ids made and the ids changed; the rest were identical. */
public record Saved(Set<String> created, Set<String> updated) {

  public Saved {
    created = Set.copyOf(created);
    updated = Set.copyOf(updated);
  }

  public boolean wroteAnything() {
    return !created.isEmpty() || !updated.isEmpty();
  }
}
