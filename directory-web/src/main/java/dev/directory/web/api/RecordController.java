package dev.directory.web.api;

import dev.directory.core.problem.NotFound;
import dev.directory.web.error.ApiError;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/people/{id}} and {@code GET /api/organizations/{id}}: whole records. */
@Controller("/api")
@Tag(name = "Records")
@ApiResponse(
    responseCode = "401",
    description = "Not signed in",
    content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
final class RecordController {

  private final Records records;

  RecordController(Records records) {
    this.records = records;
  }

  /** A person: contact details, organisation and the path of organisations above it. */
  @Get("/people/{id}")
  @ApiResponse(
      responseCode = "404",
      description = "No person has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  PersonView getPerson(String id) {
    return records.person(id).orElseThrow(() -> new NotFound("person", id));
  }

  /** An organisation with its ancestors (breadcrumb), children, people and engagements. */
  @Get("/organizations/{id}")
  @ApiResponse(
      responseCode = "404",
      description = "No organisation has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  OrganizationView getOrganization(String id) {
    return records.organization(id).orElseThrow(() -> new NotFound("organisation", id));
  }
}
