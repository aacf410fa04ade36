package dev.directory.core.change;

import java.time.Instant;

/**
 * One committed change: record {@code id} of {@code kind} changed at log position {@code seq}, at
 * {@code changedAt}.
 */
public record Change(long seq, RecordKind kind, String id, Instant changedAt) {

  /**
   * What tells this change from any other that might take its position in a database that lost its
   * last commits and handed the position out again.
   */
  public String fingerprint() {
    return seq + ":" + kind.code() + ":" + id + ":" + changedAt.toEpochMilli();
  }
}
