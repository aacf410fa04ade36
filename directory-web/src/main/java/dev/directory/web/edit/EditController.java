package dev.directory.web.edit;

import dev.directory.core.editing.Edits;
import dev.directory.web.duplicate.DuplicateCheck;
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
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;

/**
 * Creating, changing and deleting organisations and people (editors and admins). A body has the
 * shape that {@code GET} returns, plus the {@code version} a change was made on; fields the
 * directory derives are ignored. If the record has changed since that version, the change is
 * refused with 409 and what changed. A save answers the record with the stored records it looks
 * like ({@code possibleDuplicates}); it is made all the same.
 */
@Controller("/api")
@Tag(name = "Edits")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record EditController(Edits edits, Records records, DuplicateCheck check) {

  /** Creates an organisation; 400 names each wrong field. */
  @ApiResponse(
      responseCode = "201",
      description = "Created: the organisation as GET returns it",
      content = @Content(schema = @Schema(implementation = Saved.Organization.class)))
  @WrongValues
  @Post("/organizations")
  HttpResponse<Saved.Organization> createOrganization(
      @RequestBody(
              description = "The organisation as GET returns it; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = OrganizationView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    var draft = JsonDrafts.organization(body).orRefuse();
    check.awaitEarlierSaves();
    Saved.Organization created =
        edits.createOrganization(draft, editor.getName(), saved -> organization(saved.id()));
    return HttpResponse.created(created);
  }

  /** Changes an organisation: every field, and the {@code version} the change was made on. */
  @WrongValues
  @NoSuchOrganization
  @ChangedMeanwhile
  @Put("/organizations/{id}")
  Saved.Organization updateOrganization(
      String id,
      @RequestBody(
              description = "The organisation as GET returns it; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = OrganizationView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    var draft = JsonDrafts.organization(body).orRefuse();
    check.awaitEarlierSaves();
    long version = Versions.of(body.get("version"));
    return edits.updateOrganization(
        id, version, draft, editor.getName(), updated -> organization(id));
  }

  /** Deletes an organisation without departments, people or anything else referring to it. */
  @ApiResponse(responseCode = "204", description = "Deleted")
  @WrongValues
  @NoSuchOrganization
  @ChangedMeanwhile
  @Delete("/organizations/{id}")
  HttpResponse<Void> deleteOrganization(
      String id,
      @QueryValue @Parameter(description = "the version the record was read at") long version,
      Principal editor) {
    edits.deleteOrganization(id, Versions.of(version), editor.getName());
    return HttpResponse.noContent();
  }

  /** Creates a person; 400 names each wrong field. */
  @ApiResponse(
      responseCode = "201",
      description = "Created: the person as GET returns them",
      content = @Content(schema = @Schema(implementation = Saved.Person.class)))
  @WrongValues
  @Post("/people")
  HttpResponse<Saved.Person> createPerson(
      @RequestBody(
              description = "The person as GET returns them; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = PersonView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    var draft = JsonDrafts.person(body).orRefuse();
    check.awaitEarlierSaves();
    Saved.Person created = edits.createPerson(draft, editor.getName(), saved -> person(saved.id()));
    return HttpResponse.created(created);
  }

  /** Changes a person: every field, and the {@code version} the change was made on. */
  @WrongValues
  @NoSuchPerson
  @ChangedMeanwhile
  @Put("/people/{id}")
  Saved.Person updatePerson(
      String id,
      @RequestBody(
              description = "The person as GET returns them; read-only fields are ignored",
              content = @Content(schema = @Schema(implementation = PersonView.class)))
          @Body
          Map<String, Object> body,
      Principal editor) {
    var draft = JsonDrafts.person(body).orRefuse();
    check.awaitEarlierSaves();
    long version = Versions.of(body.get("version"));
    return edits.updatePerson(id, version, draft, editor.getName(), updated -> person(id));
  }

  /** Deletes a person whom no engagement or inquiry names. */
  @ApiResponse(responseCode = "204", description = "Deleted")
  @WrongValues
  @NoSuchPerson
  @ChangedMeanwhile
  @Delete("/people/{id}")
  HttpResponse<Void> deletePerson(
      String id,
      @QueryValue @Parameter(description = "the version the record was read at") long version,
      Principal editor) {
    edits.deletePerson(id, Versions.of(version), editor.getName());
    return HttpResponse.noContent();
  }

  private Saved.Person person(String id) {
    return new Saved.Person(records.person(id).orElseThrow(), check.person(id));
  }

  private Saved.Organization organization(String id) {
    return new Saved.Organization(records.organization(id).orElseThrow(), check.organization(id));
  }
}
