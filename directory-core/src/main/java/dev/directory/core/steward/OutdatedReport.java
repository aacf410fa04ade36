package dev.directory.core.steward;

import dev.directory.core.change.RecordKind;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What a reader found wrong with a record ("Report outdated"), and the change that resolved it: the
 * first edit, verification, merge or deletion of the record after it was reported.
 *
 * @param reportedBy the account, or {@link OutdatedReports#PUBLIC} for a reader of the press page
 * @param resolvedBy null while it is open
 */
public record OutdatedReport(
    long id,
    RecordKind kind,
    String recordId,
    String what,
    String reportedBy,
    Instant reportedAt,
    @Nullable Resolution resolvedBy) {

  /** The change that resolved a report: what it was ("update", "verify" …), by whom, when. */
  public record Resolution(String action, String actor, Instant at) {}

  public boolean open() {
    return resolvedBy == null;
  }
}
