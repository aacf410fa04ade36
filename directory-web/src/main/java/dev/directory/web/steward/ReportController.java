package dev.directory.web.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.steward.OutdatedReports;
import dev.directory.core.steward.StewardQueue;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.freshness.Freshness;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.Principal;
import java.util.List;

/**
 * "Report outdated" (all staff), and each steward's queue: the reports and stale records of the
 * records they look after.
 */
@Controller("/api")
@Tag(name = "Stewards")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record ReportController(OutdatedReports reports, StewardQueue queue, Freshness freshness) {

  /**
   * What is wrong with the record.
   *
   * @param what in free text, at most 2,000 characters
   */
  @Serdeable
  record Report(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutdatedReports.MAX_LENGTH)
          @Nullable
          String what) {}

  /** Reports the person outdated: the report waits in their stewards' queue. */
  @Reporting
  @Status(HttpStatus.CREATED)
  @Post("/people/{id}/reports")
  HttpResponse<ReportView> reportPerson(String id, @Body Report report, Principal staff) {
    return file(RecordKind.PERSON, id, report, staff);
  }

  /** Reports the organisation outdated: the report waits in its stewards' queue. */
  @Reporting
  @Status(HttpStatus.CREATED)
  @Post("/organizations/{id}/reports")
  HttpResponse<ReportView> reportOrganization(String id, @Body Report report, Principal staff) {
    return file(RecordKind.ORGANIZATION, id, report, staff);
  }

  /** Reports the position outdated: the report waits in its stewards' queue. */
  @Reporting
  @Status(HttpStatus.CREATED)
  @Post("/positions/{id}/reports")
  HttpResponse<ReportView> reportPosition(String id, @Body Report report, Principal staff) {
    return file(RecordKind.POSITION, id, report, staff);
  }

  /** The reports on the person, oldest first, open and resolved. */
  @Listing
  @Get("/people/{id}/reports")
  List<ReportView> personReports(String id) {
    return list(RecordKind.PERSON, id);
  }

  /** The reports on the organisation, oldest first, open and resolved. */
  @Listing
  @Get("/organizations/{id}/reports")
  List<ReportView> organizationReports(String id) {
    return list(RecordKind.ORGANIZATION, id);
  }

  /** The reports on the position, oldest first, open and resolved. */
  @Listing
  @Get("/positions/{id}/reports")
  List<ReportView> positionReports(String id) {
    return list(RecordKind.POSITION, id);
  }

  /**
   * The signed-in steward's work: open reports on the records they look after, oldest first, and
   * those of their records that are stale (never verified first, then oldest verified).
   */
  @Get("/queue")
  QueueView queue(Principal steward) {
    return QueueView.of(
        steward.getName(),
        queue.of(steward.getName(), freshness.cutoff()),
        freshness.staleAfterMonths());
  }

  private HttpResponse<ReportView> file(
      RecordKind kind, String id, Report report, Principal staff) {
    return HttpResponse.created(
        ReportView.of(reports.file(kind, id, report.what(), staff.getName())));
  }

  private List<ReportView> list(RecordKind kind, String id) {
    return reports.onRecord(kind, id).stream().map(ReportView::of).toList();
  }

  /** The answers of the reports on a record: them, or no such record. */
  @ApiResponse(
      responseCode = "404",
      description = "No record has that id, and none was ever reported on under it",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Listing {}

  /** The answers of a report: made, refused, or on a record that is not there. */
  @WrongValues
  @ApiResponse(
      responseCode = "201",
      description = "Reported",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No record has that id (it may have been deleted)",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Reporting {}
}
