package dev.directory.search.sync;

import dev.directory.core.change.RecordKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Which records are stale: last verified longer ago than the directory allows, or never. */
public interface Staleness {

  /** Every record fresh: for indexes built without verifications (tests, benchmarks). */
  Staleness NONE =
      new Staleness() {
        @Override
        public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
          return Set.of();
        }

        @Override
        public Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today) {
          return Map.of();
        }
      };

  /** Those of these records of {@code kind} that are stale today. */
  Set<String> staleAmong(RecordKind kind, Collection<String> ids);

  /** The records that were fresh on {@code since} and are stale on {@code today}, by kind. */
  Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today);
}
