package dev.directory.web.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.Stewarding;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.freshness.FreshnessView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
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

/**
 * Names the account responsible for a record (editors and admins); without one, the editors of the
 * office covering its country look after it. The record's version does not change.
 */
@Controller("/api")
@Tag(name = "Stewards")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record StewardController(Stewarding stewarding, Freshness freshness) {

  /**
   * The record's steward.
   *
   * @param steward an editor's or admin's account name; null or empty hands the record back to the
   *     editors of the office covering its country
   */
  @Serdeable
  record Steward(
      @Schema(description = "the steward's username; null to leave it to the office") @Nullable
          String steward) {}

  /** Names the person's steward; answers their freshness, stewards included. */
  @Assigning
  @Put("/people/{id}/steward")
  FreshnessView personSteward(String id, @Body Steward steward) {
    return assign(RecordKind.PERSON, id, steward);
  }

  /** Names the organisation's steward; answers its freshness, stewards included. */
  @Assigning
  @Put("/organizations/{id}/steward")
  FreshnessView organizationSteward(String id, @Body Steward steward) {
    return assign(RecordKind.ORGANIZATION, id, steward);
  }

  /** Names the position's steward; answers its freshness, stewards included. */
  @Assigning
  @Put("/positions/{id}/steward")
  FreshnessView positionSteward(String id, @Body Steward steward) {
    return assign(RecordKind.POSITION, id, steward);
  }

  private FreshnessView assign(RecordKind kind, String id, Steward steward) {
    return stewarding.assignSteward(kind, id, steward.steward(), () -> freshness.of(kind, id));
  }

  /** The answers of naming a steward beside the record's freshness. */
  @WrongValues
  @ApiResponse(
      responseCode = "404",
      description = "No record has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Assigning {}
}
