package dev.directory.web.steward;

import dev.directory.core.steward.OutdatedReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A report that a record is outdated.
 *
 * @param type {@code person}, {@code organization} or {@code position}
 * @param record the reported record's id
 * @param reportedBy the account, or {@code public} for a reader of the press page
 * @param resolvedBy the change that resolved it; null while it is open
 */
@Serdeable
@Schema(accessMode = Schema.AccessMode.READ_ONLY)
public record ReportView(
    long id,
    String type,
    String record,
    String what,
    String reportedBy,
    Instant reportedAt,
    @Nullable Resolution resolvedBy) {

  /**
   * The first change to the record after the report.
   *
   * @param action {@code update}, {@code verify}, {@code merge} or {@code delete}
   */
  @Serdeable
  public record Resolution(String action, String by, Instant at) {}

  static ReportView of(OutdatedReport report) {
    OutdatedReport.Resolution resolution = report.resolvedBy();
    return new ReportView(
        report.id(),
        report.kind().code(),
        report.recordId(),
        report.what(),
        report.reportedBy(),
        report.reportedAt(),
        resolution == null
            ? null
            : new Resolution(resolution.action(), resolution.actor(), resolution.at()));
  }
}
