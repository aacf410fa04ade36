package dev.directory.web.edit;

import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.Edits;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Cells;
import dev.directory.web.page.Pages;
import dev.directory.web.record.HistoryViews;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The edit pages of organisations and people (editors and admins): one form of the record's fields,
 * checked as the import checks them; a refused save comes back with the values typed and a message
 * by each wrong field, a save made on an older version with what changed meanwhile.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EditPages {

  private final Edits edits;
  private final Organizations organizations;
  private final People people;
  private final Pages pages;
  private final Csrf csrf;

  EditPages(Edits edits, Organizations organizations, People people, Pages pages, Csrf csrf) {
    this.edits = edits;
    this.organizations = organizations;
    this.people = people;
    this.pages = pages;
    this.csrf = csrf;
  }

  /** Which kind of record a page edits, and how. */
  private enum Kind {
    PERSON("/people/", "person", Columns.PERSON, "organization_id"),
    ORGANIZATION("/organizations/", "organisation", Columns.ORGANIZATION, "parent_id");

    final String path;
    final String noun;
    final List<Columns.Column> columns;

    /** The field naming the organisation the record belongs to. */
    final String above;

    Kind(String path, String noun, List<Columns.Column> columns, String above) {
      this.path = path;
      this.noun = noun;
      this.columns = columns;
      this.above = above;
    }

    boolean has(@Nullable String field) {
      return columns.stream().anyMatch(column -> column.name().equals(field));
    }
  }

  @Get("/people/new")
  HttpResponse<String> newPerson(@Nullable @QueryValue String organization) {
    Map<String, String> values = new HashMap<>();
    values.put("organization_id", organization);
    values.put("visibility", "internal");
    values.put("press_contact", "no");
    return pages.ok("edit", form(Kind.PERSON, null, null, values, Map.of(), null, List.of()));
  }

  @Get("/organizations/new")
  HttpResponse<String> newOrganization(@Nullable @QueryValue String parent) {
    Map<String, String> values = new HashMap<>();
    values.put("parent_id", parent);
    return pages.ok("edit", form(Kind.ORGANIZATION, null, null, values, Map.of(), null, List.of()));
  }

  @Post("/people/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createPerson(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return create(Kind.PERSON, form, request, editor);
  }

  @Post("/organizations/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createOrganization(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return create(Kind.ORGANIZATION, form, request, editor);
  }

  @Get("/people/{id}/edit")
  HttpResponse<String> editPerson(String id) {
    return edit(Kind.PERSON, id);
  }

  @Get("/organizations/{id}/edit")
  HttpResponse<String> editOrganization(String id) {
    return edit(Kind.ORGANIZATION, id);
  }

  @Post("/people/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updatePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return update(Kind.PERSON, id, form, request, editor);
  }

  @Post("/organizations/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updateOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return update(Kind.ORGANIZATION, id, form, request, editor);
  }

  @Post("/people/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deletePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return delete(Kind.PERSON, id, form, request, editor);
  }

  @Post("/organizations/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deleteOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return delete(Kind.ORGANIZATION, id, form, request, editor);
  }

  private HttpResponse<String> edit(Kind kind, String id) {
    return stored(kind, id)
        .<HttpResponse<String>>map(
            fields ->
                pages.ok(
                    "edit", form(kind, id, version(kind, id), fields, Map.of(), null, List.of())))
        .orElseThrow(() -> new NotFound(kind.noun, id));
  }

  private HttpResponse<String> create(
      Kind kind, Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        kind,
        null,
        form,
        () ->
            switch (kind) {
              case PERSON ->
                  edits.createPerson(Cells.person(fields(form)).orRefuse(), editor.getName()).id();
              case ORGANIZATION ->
                  edits
                      .createOrganization(
                          Cells.organization(fields(form)).orRefuse(), editor.getName())
                      .id();
            });
  }

  private HttpResponse<String> update(
      Kind kind, String id, Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        kind,
        id,
        form,
        () ->
            switch (kind) {
              case PERSON ->
                  edits
                      .updatePerson(
                          id,
                          version(form),
                          Cells.person(fields(form)).orRefuse(),
                          editor.getName())
                      .id();
              case ORGANIZATION ->
                  edits
                      .updateOrganization(
                          id,
                          version(form),
                          Cells.organization(fields(form)).orRefuse(),
                          editor.getName())
                      .id();
            });
  }

  /** Deletes, then shows the organisation the record belonged to (or the search). */
  private HttpResponse<String> delete(
      Kind kind, String id, Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String above = stored(kind, id).map(fields -> fields.get(kind.above)).orElse(null);
    switch (kind) {
      case PERSON -> edits.deletePerson(id, version(form), editor.getName());
      case ORGANIZATION -> edits.deleteOrganization(id, version(form), editor.getName());
    }
    return HttpResponse.seeOther(URI.create(above == null ? "/" : "/organizations/" + above));
  }

  /** The record's fields as its CSV columns, when it exists. */
  private Optional<Map<String, String>> stored(Kind kind, String id) {
    return switch (kind) {
      case PERSON -> people.find(id).map(Cells::of);
      case ORGANIZATION -> organizations.find(id).map(Cells::of);
    };
  }

  private long version(Kind kind, String id) {
    return (kind == Kind.PERSON ? people.version(id) : organizations.version(id)).orElseThrow();
  }

  /**
   * Saves, then shows the record. A refused or late save is not an error page but the same form
   * again, with the values as typed and what was wrong (or what changed meanwhile) beside them.
   */
  private HttpResponse<String> save(
      Kind kind, @Nullable String id, Map<String, String> form, Supplier<String> write) {
    Long version = id == null ? null : parsedVersion(form);
    try {
      String saved = write.get();
      return HttpResponse.seeOther(URI.create(kind.path + saved));
    } catch (Refused e) {
      return pages.render(
          HttpStatus.BAD_REQUEST,
          "edit",
          form(
              kind,
              id,
              version,
              fields(form),
              problems(kind, e.problems()),
              "Nothing was saved: correct the fields marked below."
                  + notOnTheForm(kind, e.problems()),
              List.of()));
    } catch (EditConflict e) {
      return pages.render(
          HttpStatus.CONFLICT,
          "edit",
          form(
              kind,
              id,
              e.current(),
              fields(form),
              Map.of(),
              e.getMessage(),
              HistoryViews.changes(e.since())));
    }
  }

  private EditForm form(
      Kind kind,
      @Nullable String id,
      @Nullable Long version,
      Map<String, String> values,
      Map<String, String> problems,
      @Nullable String problem,
      List<HistoryViews.Change> changedMeanwhile) {
    List<EditForm.Field> fields =
        kind.columns.stream()
            .map(
                column ->
                    new EditForm.Field(
                        column.name(),
                        column.label(),
                        column.name().equals("id") && id != null ? id : values.get(column.name()),
                        problems.get(column.name()),
                        column.hint(),
                        column.required(),
                        column.multiline(),
                        column.name().equals("id") && id != null,
                        column.choices()))
            .toList();
    String heading = id == null ? "New " + kind.noun : "Edit " + kind.noun + " " + id;
    String action = id == null ? kind.path + "new" : kind.path + id + "/edit";
    String cancel = id == null ? "/" : kind.path + id;
    return new EditForm(
        heading,
        action,
        cancel,
        version,
        fields,
        problem,
        changedMeanwhile,
        id == null ? null : kind.path + id + "/delete");
  }

  /** The form's record fields: everything but the token and the version. */
  private static Map<String, String> fields(Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.remove(Csrf.FIELD);
    fields.remove("version");
    return fields;
  }

  /** The problems of the form's fields, by field. */
  private static Map<String, String> problems(Kind kind, List<Problem> problems) {
    Map<String, String> byField = new HashMap<>();
    for (Problem problem : problems) {
      if (kind.has(problem.field())) {
        byField.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
      }
    }
    return byField;
  }

  /** The problems no field of the form can show, as sentences after the form's message. */
  private static String notOnTheForm(Kind kind, List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (!kind.has(problem.field())) {
        text.append(' ').append(problem.describe()).append('.');
      }
    }
    return text.toString();
  }

  private static long version(Map<String, String> form) {
    return EditController.version(form.get("version"));
  }

  private static @Nullable Long parsedVersion(Map<String, String> form) {
    String version = form.get("version");
    return version != null && version.strip().matches("[0-9]{1,18}")
        ? Long.valueOf(version.strip())
        : null;
  }
}
