package dev.directory.web.edit;

import dev.directory.core.editing.MergeUndo;
import dev.directory.core.editing.Merges;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.ChangedMeanwhile;
import dev.directory.web.error.ErrorResponses.NoSuchOrganization;
import dev.directory.web.error.ErrorResponses.NoSuchPerson;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.input.Versions;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;

/**
 * Merging two records of one person or organisation into one, and undoing a merge (editors and
 * admins). The answer is the record as it is after, read in the merge's transaction.
 */
@Controller("/api")
@Tag(name = "Edits")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record MergeController(Merges merges, MergeUndo undo, Records records) {

  /**
   * Two entries of one person, and which of each field stays.
   *
   * @param other the id of the record that goes
   * @param version the version of this record the merge was chosen on
   * @param otherVersion the version of the other
   * @param choices by field (as GET names it): {@code this} or {@code other}; a field not named
   *     keeps this record's value, or the other's where this one has none, and lists (e-mails,
   *     phones, roles, topics, languages, aliases) are united
   */
  @Serdeable
  record MergeRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String other,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long otherVersion,
      @Nullable Map<String, String> choices) {

    /** This record, the other, and the versions of both, which must be given. */
    Merges.Pair pair(String id) {
      return new Merges.Pair(
          id, Versions.of(version), other, Versions.of("otherVersion", otherVersion));
    }

    Map<String, String> chosen() {
      return choices == null ? Map.of() : choices;
    }
  }

  /**
   * Merges another person into this one: engagements and inquiries move to this one, the other is
   * deleted and its id answers {@code 308} with this one's address. Both versions must be the
   * stored ones.
   */
  @WrongValues
  @ChangedMeanwhile
  @NoSuchPerson
  @Post("/people/{id}/merge")
  PersonView mergePerson(String id, @Body MergeRequest merge, Principal editor) {
    return merges.mergePeople(
        merge.pair(id),
        merge.chosen(),
        editor.getName(),
        merged -> records.person(id).orElseThrow());
  }

  /**
   * Merges another organisation into this one: its people, departments, offices falling back to it,
   * engagements and inquiries move to this one, the other is deleted and its id answers {@code 308}
   * with this one's address. Both versions must be the stored ones.
   */
  @WrongValues
  @ChangedMeanwhile
  @NoSuchOrganization
  @Post("/organizations/{id}/merge")
  OrganizationView mergeOrganization(String id, @Body MergeRequest merge, Principal editor) {
    return merges.mergeOrganizations(
        merge.pair(id),
        merge.chosen(),
        editor.getName(),
        merged -> records.organization(id).orElseThrow());
  }

  /**
   * Undoes the merge that took person {@code from} away, while the one that stayed has not changed
   * since: both are as they were before it, with what pointed at each.
   */
  @WrongValues
  @ChangedMeanwhile
  @ApiResponse(
      responseCode = "404",
      description = "That person was not merged into another",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Post("/people/{from}/merge/undo")
  PersonView undoPersonMerge(String from, Principal editor) {
    return undo.undoPeople(from, editor.getName(), back -> records.person(from).orElseThrow());
  }

  /** Undoes the merge that took organisation {@code from} away, as for a person. */
  @WrongValues
  @ChangedMeanwhile
  @ApiResponse(
      responseCode = "404",
      description = "That organisation was not merged into another",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Post("/organizations/{from}/merge/undo")
  OrganizationView undoOrganizationMerge(String from, Principal editor) {
    return undo.undoOrganizations(
        from, editor.getName(), back -> records.organization(from).orElseThrow());
  }
}
