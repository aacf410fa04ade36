package dev.directory.web.edit;

import dev.directory.core.editing.Edits;
import dev.directory.core.position.PositionDraft;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.error.ErrorResponses.ChangedMeanwhile;
import dev.directory.web.error.ErrorResponses.NoSuchPosition;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.input.Days;
import dev.directory.web.input.Versions;
import dev.directory.web.position.PositionRecords;
import dev.directory.web.position.PositionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Creating, changing and deleting positions, and ending a holding (editors and admins), as for
 * people: a body has the shape GET returns, with the {@code version} the change was made on.
 */
@Controller("/api")
@Tag(name = "Edits")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record PositionEditController(Edits edits, PositionRecords positions) {

  /** Creates a position; 400 names each wrong field, a holding ending before it starts too. */
  @ApiResponse(
      responseCode = "201",
      description = "Created: the position as GET returns it",
      content = @Content(schema = @Schema(implementation = PositionView.class)))
  @WrongValues
  @Post("/positions")
  HttpResponse<PositionView> createPosition(
      @RequestBody(
              description = "The position as GET returns it; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = PositionView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    PositionDraft draft = JsonDrafts.position(body).orRefuse();
    PositionView created =
        edits.createPosition(draft, editor.getName(), saved -> today(saved.id()));
    return HttpResponse.created(created);
  }

  /** Changes a position: every field, and the {@code version} the change was made on. */
  @WrongValues
  @NoSuchPosition
  @ChangedMeanwhile
  @Put("/positions/{id}")
  PositionView updatePosition(
      String id,
      @RequestBody(
              description = "The position as GET returns it; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = PositionView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    PositionDraft draft = JsonDrafts.position(body).orRefuse();
    long version = Versions.of(body.get("version"));
    return edits.updatePosition(id, version, draft, editor.getName(), updated -> today(id));
  }

  /** Deletes a position, its holdings with it (its history keeps them). */
  @ApiResponse(responseCode = "204", description = "Deleted")
  @WrongValues
  @NoSuchPosition
  @ChangedMeanwhile
  @Delete("/positions/{id}")
  HttpResponse<Void> deletePosition(
      String id,
      @QueryValue @Parameter(description = "the version the record was read at") long version,
      Principal editor) {
    edits.deletePosition(id, Versions.of(version), editor.getName());
    return HttpResponse.noContent();
  }

  /**
   * Someone leaves a position.
   *
   * @param person the id of the person who leaves
   * @param date their last day, YYYY-MM-DD; today when not given
   * @param version the version of the position the change was made on
   */
  @Serdeable
  record Leaving(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String person,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") @Nullable String date,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version) {}

  /**
   * Ends a person's holding of the position on a day, in one change that the history keeps; the
   * position is vacant from the next day if nobody else holds it.
   */
  @WrongValues
  @NoSuchPosition
  @ChangedMeanwhile
  @Post("/positions/{id}/end-holding")
  PositionView endHolding(String id, @Body Leaving leaving, Principal editor) {
    if (leaving.person() == null || leaving.person().isBlank()) {
      throw Refused.of("person", ProblemCode.REQUIRED);
    }
    LocalDate day = Days.orToday("date", leaving.date());
    long version = Versions.of(leaving.version());
    return edits.endHolding(
        id, version, leaving.person().strip(), day, editor.getName(), left -> today(id));
  }

  private PositionView today(String id) {
    return positions.view(id, LocalDate.now(ZoneOffset.UTC)).orElseThrow();
  }
}
