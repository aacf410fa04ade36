package dev.directory.web.edit;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.CellEdits;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Refused;
import dev.directory.web.duplicate.DuplicateCheck;
import dev.directory.web.duplicate.PossibleDuplicate;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.input.Versions;
import dev.directory.web.page.Addresses;
import dev.directory.web.page.Pages;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The edit pages of organisations and people (editors and admins): one form of the record's fields,
 * checked as the import checks them; a refused save comes back with the values typed and a message
 * by each wrong field, a save made on an older version with what changed meanwhile.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record EditPages(CellEdits edits, Pages pages, Csrf csrf, DuplicateCheck check) {

  @Get("/people/new")
  HttpResponse<String> newPerson(@Nullable @QueryValue String organization) {
    Map<String, String> values = new HashMap<>();
    values.put(PersonField.ORGANIZATION.column(), organization);
    values.put(PersonField.VISIBILITY.column(), "internal");
    values.put(PersonField.PRESS_CONTACT.column(), "no");
    return pages.ok("edit", EditForm.blank(FormKind.PERSON, null, null, values));
  }

  @Get("/organizations/new")
  HttpResponse<String> newOrganization(@Nullable @QueryValue String parent) {
    Map<String, String> values = new HashMap<>();
    values.put(OrganizationField.PARENT.column(), parent);
    return pages.ok("edit", EditForm.blank(FormKind.ORGANIZATION, null, null, values));
  }

  @Get("/positions/new")
  HttpResponse<String> newPosition(@Nullable @QueryValue String organization) {
    Map<String, String> values = new HashMap<>();
    values.put(PositionField.ORGANIZATION.column(), organization);
    values.put(PositionField.PRESS_CONTACT.column(), "no");
    return pages.ok("edit", EditForm.blank(FormKind.POSITION, null, null, values));
  }

  @Post("/positions/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createPosition(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return create(FormKind.POSITION, form, request, editor);
  }

  @Get("/positions/{id}/edit")
  HttpResponse<String> editPosition(String id) {
    return edit(FormKind.POSITION, id);
  }

  @Post("/positions/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updatePosition(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return update(FormKind.POSITION, id, form, request, editor);
  }

  @Post("/positions/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deletePosition(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return delete(FormKind.POSITION, id, form, request, editor);
  }

  @Post("/people/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createPerson(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return create(FormKind.PERSON, form, request, editor);
  }

  @Post("/organizations/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createOrganization(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return create(FormKind.ORGANIZATION, form, request, editor);
  }

  @Get("/people/{id}/edit")
  HttpResponse<String> editPerson(String id) {
    return edit(FormKind.PERSON, id);
  }

  @Get("/organizations/{id}/edit")
  HttpResponse<String> editOrganization(String id) {
    return edit(FormKind.ORGANIZATION, id);
  }

  @Post("/people/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updatePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return update(FormKind.PERSON, id, form, request, editor);
  }

  @Post("/organizations/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updateOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return update(FormKind.ORGANIZATION, id, form, request, editor);
  }

  @Post("/people/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deletePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return delete(FormKind.PERSON, id, form, request, editor);
  }

  @Post("/organizations/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deleteOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return delete(FormKind.ORGANIZATION, id, form, request, editor);
  }

  private HttpResponse<String> edit(FormKind kind, String id) {
    return edits
        .cells(kind.record, id)
        .<HttpResponse<String>>map(
            fields ->
                pages.ok(
                    "edit",
                    EditForm.blank(kind, id, edits.version(kind.record, id).orElseThrow(), fields)))
        .orElseThrow(() -> new NotFound(kind.noun, id));
  }

  private HttpResponse<String> create(
      FormKind kind, Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        kind,
        null,
        form,
        checkFirst -> edits.create(kind.record, fields(form), editor.getName(), checkFirst));
  }

  private HttpResponse<String> update(
      FormKind kind,
      String id,
      Map<String, String> form,
      HttpRequest<?> request,
      Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        kind,
        id,
        form,
        checkFirst -> {
          edits.update(kind.record, id, version(form), fields(form), editor.getName(), checkFirst);
          return id;
        });
  }

  /** Deletes, then shows the organisation the record belonged to (or the search). */
  private HttpResponse<String> delete(
      FormKind kind,
      String id,
      Map<String, String> form,
      HttpRequest<?> request,
      Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String above =
        edits.cells(kind.record, id).map(fields -> fields.get(kind.above.column())).orElse(null);
    edits.delete(kind.record, id, version(form), editor.getName());
    return HttpResponse.seeOther(
        URI.create(above == null ? "/" : Addresses.page(RecordKind.ORGANIZATION, above)));
  }

  /**
   * Saves, then shows the record. A refused or late save is not an error page but the same form
   * again, with the values as typed and what was wrong (or what changed meanwhile) beside them. A
   * record that looks like others is not saved unless the editor said to save it anyway.
   *
   * @param write saves, telling its argument the record's id before the save is committed
   */
  private HttpResponse<String> save(
      FormKind kind,
      @Nullable String id,
      Map<String, String> form,
      Function<Consumer<String>, String> write) {
    Long version = id == null ? null : Versions.readable(form.get("version"));
    boolean anyway = "yes".equals(form.get("save_anyway"));
    if (!anyway) {
      check.awaitEarlierSaves();
    }
    try {
      String saved =
          write.apply(
              written -> {
                List<PossibleDuplicate> alike =
                    anyway
                        ? List.of()
                        : switch (kind) {
                          case PERSON -> check.person(written);
                          case ORGANIZATION -> check.organization(written);
                          case POSITION -> List.<PossibleDuplicate>of();
                        };
                if (!alike.isEmpty()) {
                  throw new LooksLikeOthers(alike); // rolls the save back
                }
              });
      return HttpResponse.seeOther(URI.create(Addresses.page(kind.record, saved)));
    } catch (LooksLikeOthers e) {
      return pages.ok(
          "edit",
          EditForm.of(kind, id, version, fields(form), Map.of(), null, List.of())
              .withPossibleDuplicates(e.alike));
    } catch (Refused e) {
      return pages.render(
          HttpStatus.BAD_REQUEST,
          "edit",
          EditForm.refused(kind, id, version, fields(form), e.problems()));
    } catch (EditConflict e) {
      return pages.render(
          HttpStatus.CONFLICT,
          "edit",
          EditForm.of(
              kind,
              id,
              e.current(),
              fields(form),
              Map.of(),
              e.getMessage(),
              HistoryViews.changes(e.since())));
    }
  }

  /** The form's record fields: everything but the token, the version and the button pressed. */
  private static Map<String, String> fields(Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.remove(Csrf.FIELD);
    fields.remove("version");
    fields.remove("save_anyway");
    return fields;
  }

  /** A save held back: the record looks like others, and the editor has not said to save anyway. */
  private static final class LooksLikeOthers extends RuntimeException {
    private final transient List<PossibleDuplicate> alike;

    LooksLikeOthers(List<PossibleDuplicate> alike) {
      super(null, null, false, false);
      this.alike = alike;
    }
  }

  private static long version(Map<String, String> form) {
    return Versions.of(form.get("version"));
  }
}
