package dev.directory.web.record;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.web.error.ErrorResponses.NoSuchOrganization;
import dev.directory.web.error.ErrorResponses.NoSuchPerson;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.input.Days;
import dev.directory.web.page.Addresses;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Whole records and their history, as every member of staff may read them. */
@Controller("/api")
@Tag(name = "Records")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record RecordController(Records records, AuditLog audit, MergedRedirects merged) {

  /** A person: contact details, organisation and the path of organisations above it. */
  @Get("/people/{id}")
  @NoSuchPerson
  @ApiResponse(
      responseCode = "200",
      description = "The person",
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @ApiResponse(
      responseCode = "308",
      description = "The person was merged into another: Location is the one that stayed")
  HttpResponse<PersonView> getPerson(String id) {
    return records
        .person(id)
        .<HttpResponse<PersonView>>map(HttpResponse::ok)
        .orElseGet(() -> merged.to(RecordKind.PERSON, id, Addresses::api));
  }

  /**
   * An organisation with its ancestors (breadcrumb), children, people, positions and engagements;
   * with {@code at}, as it was on that day: its name, parent, units, people and positions with
   * their holders then. A closed organisation keeps answering, saying when it closed and what
   * replaced it.
   */
  @Get("/organizations/{id}{?at}")
  @NoSuchOrganization
  @WrongValues
  @ApiResponse(
      responseCode = "200",
      description = "The organisation",
      content = @Content(schema = @Schema(implementation = OrganizationView.class)))
  @ApiResponse(
      responseCode = "308",
      description = "The organisation was merged into another: Location is the one that stayed")
  HttpResponse<OrganizationView> getOrganization(
      String id,
      @Nullable
          @QueryValue
          @Parameter(
              description = "a day, YYYY-MM-DD: the organisation as it was then",
              schema = @Schema(type = "string", format = "date"))
          String at) {
    if (at != null) {
      return HttpResponse.ok(records.organization(id, Days.read("at", at)));
    }
    return records
        .organization(id)
        .<HttpResponse<OrganizationView>>map(HttpResponse::ok)
        .orElseGet(() -> merged.to(RecordKind.ORGANIZATION, id, Addresses::api));
  }

  /** Every change to a person: who, when, each field before and after. */
  @NoSuchPerson
  @ApiResponse(
      responseCode = "200",
      description = "Every change, oldest first",
      content =
          @Content(
              array = @ArraySchema(schema = @Schema(implementation = HistoryViews.Change.class))))
  @ApiResponse(
      responseCode = "308",
      description = "The person was merged into another, whose history holds theirs: Location")
  @Get("/people/{id}/history")
  HttpResponse<List<HistoryViews.Change>> getPersonHistory(String id) {
    return history(RecordKind.PERSON, id);
  }

  /** Every change to an organisation: who, when, each field before and after. */
  @NoSuchOrganization
  @ApiResponse(
      responseCode = "200",
      description = "Every change, oldest first",
      content =
          @Content(
              array = @ArraySchema(schema = @Schema(implementation = HistoryViews.Change.class))))
  @ApiResponse(
      responseCode = "308",
      description =
          "The organisation was merged into another, whose history holds its own: Location")
  @Get("/organizations/{id}/history")
  HttpResponse<List<HistoryViews.Change>> getOrganizationHistory(String id) {
    return history(RecordKind.ORGANIZATION, id);
  }

  /** The record's changes; those of a record merged into another are in that one's. */
  private HttpResponse<List<HistoryViews.Change>> history(RecordKind kind, String id) {
    List<HistoryViews.Change> changes = HistoryViews.changes(audit.history(kind, id));
    return changes.isEmpty()
        ? merged.to(kind, id, (stayed, into) -> Addresses.api(stayed, into) + "/history")
        : HttpResponse.ok(changes);
  }
}
