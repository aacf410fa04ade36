package dev.directory.web.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.reorganization.OrganizationChanges;
import dev.directory.web.error.ErrorResponses.ChangedMeanwhile;
import dev.directory.web.error.ErrorResponses.NoSuchOrganization;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.record.ChangeView;
import dev.directory.web.record.ChangeViews;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.Records;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * An organisation's dated changes: renamed, moved, merged into another, split into successors,
 * closed. Each is one step of its history, made in one transaction on the version the editor saw,
 * and can be undone while it is the last.
 */
@Controller("/api")
@Tag(name = "Edits")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record ChangeController(
    OrganizationChanges changes, ChangeViews views, Records records, Organizations organizations) {

  /** Every change of the organisation, the first first. */
  @Get("/organizations/{id}/changes")
  @NoSuchOrganization
  @ApiResponse(
      responseCode = "200",
      description = "Its changes, the first first",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = ChangeView.class))))
  List<ChangeView> listChanges(String id) {
    if (!organizations.exists(id)) {
      throw RecordKind.ORGANIZATION.notFound(id);
    }
    return views.of(id);
  }

  /**
   * Records a change. {@code kind} is {@code renamed} (with {@code name} and/or {@code localName}),
   * {@code moved} ({@code parent}, null for the top), {@code merged} ({@code into}), {@code split}
   * ({@code successors}, each an existing organisation's id or {@code {"id", "name"}} of a new one,
   * and {@code moves}: where each unit, person and position goes) or {@code closed} (optional
   * {@code successors}); {@code date} the day it took effect; {@code version} the organisation's
   * version the editor saw. Refused in plain words when it makes no sense.
   */
  @ApiResponse(
      responseCode = "201",
      description = "Recorded: the change, with the organisation's version after it",
      content = @Content(schema = @Schema(implementation = ChangeView.class)))
  @NotForYourRole
  @WrongValues
  @NoSuchOrganization
  @ChangedMeanwhile
  @Post("/organizations/{id}/changes")
  HttpResponse<ChangeView> recordChange(
      String id,
      @RequestBody(
              description = "The change",
              content = @Content(schema = @Schema(implementation = ChangeBody.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    ChangeView made = changes.record(id, ChangeBodies.read(body), editor.getName(), views::of);
    return HttpResponse.created(
        made, URI.create("/api/organizations/" + id + "/changes/" + made.id()));
  }

  /** Undoes the organisation's last change; answers the organisation as it is after. */
  @ApiResponse(
      responseCode = "200",
      description = "Undone: the organisation as it is now",
      content = @Content(schema = @Schema(implementation = OrganizationView.class)))
  @NotForYourRole
  @NoSuchOrganization
  @ChangedMeanwhile
  @Delete("/organizations/{id}/changes/{changeId}")
  OrganizationView undoChange(String id, String changeId, Principal editor) {
    long change;
    try {
      change = Long.parseLong(changeId);
    } catch (NumberFormatException e) {
      throw NotFound.of(ProblemCode.CHANGE_NOT_FOUND, changeId, id);
    }
    return changes.undo(
        id, change, editor.getName(), undone -> records.organization(id).orElseThrow());
  }

  /** The body of a change, for the API document. */
  @Schema(name = "OrganizationChange")
  record ChangeBody(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"renamed", "moved", "merged", "split", "closed"})
          String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String date,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version,
      @Nullable String name,
      @Nullable String localName,
      @Nullable String parent,
      @Nullable String into,
      @Nullable List<SuccessorBody> successors,
      @Nullable @Schema(description = "record id → successor id") Map<String, String> moves) {}

  /** A successor: an existing organisation's id, or the id and name of one to create. */
  record SuccessorBody(String id, @Nullable String name) {}
}
