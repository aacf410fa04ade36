package dev.directory.web.edit;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordFields;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.EditRefused;
import dev.directory.core.editing.Edits;
import dev.directory.core.importing.ImportProblem;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
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
import java.util.NoSuchElementException;
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
  private final AuditLog audit;
  private final Pages pages;
  private final Csrf csrf;

  EditPages(
      Edits edits,
      Organizations organizations,
      People people,
      AuditLog audit,
      Pages pages,
      Csrf csrf) {
    this.edits = edits;
    this.organizations = organizations;
    this.people = people;
    this.audit = audit;
    this.pages = pages;
    this.csrf = csrf;
  }

  /** Which kind of record a page edits, and how. */
  private enum Kind {
    PERSON("/people/", "person", Columns.PERSON, RecordKind.PERSON),
    ORGANIZATION("/organizations/", "organisation", Columns.ORGANIZATION, RecordKind.ORGANIZATION);

    final String path;
    final String noun;
    final List<Columns.Column> columns;
    final RecordKind record;

    Kind(String path, String noun, List<Columns.Column> columns, RecordKind record) {
      this.path = path;
      this.noun = noun;
      this.columns = columns;
      this.record = record;
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
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        Kind.PERSON, null, form, () -> edits.createPerson(fields(form), editor.getName()).id());
  }

  @Post("/organizations/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> createOrganization(
      @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        Kind.ORGANIZATION,
        null,
        form,
        () -> edits.createOrganization(fields(form), editor.getName()).id());
  }

  @Get("/people/{id}/edit")
  HttpResponse<String> editPerson(String id) {
    return people
        .find(id)
        .<HttpResponse<String>>map(
            person ->
                pages.ok(
                    "edit",
                    form(
                        Kind.PERSON,
                        id,
                        people.version(id).orElseThrow(),
                        RecordFields.of(person),
                        Map.of(),
                        null,
                        List.of())))
        .orElseGet(() -> notFound(Kind.PERSON, id));
  }

  @Get("/organizations/{id}/edit")
  HttpResponse<String> editOrganization(String id) {
    return organizations
        .find(id)
        .<HttpResponse<String>>map(
            organization ->
                pages.ok(
                    "edit",
                    form(
                        Kind.ORGANIZATION,
                        id,
                        organizations.version(id).orElseThrow(),
                        RecordFields.of(organization),
                        Map.of(),
                        null,
                        List.of())))
        .orElseGet(() -> notFound(Kind.ORGANIZATION, id));
  }

  @Post("/people/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updatePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        Kind.PERSON,
        id,
        form,
        () -> edits.updatePerson(id, version(form), fields(form), editor.getName()).id());
  }

  @Post("/organizations/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> updateOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    return save(
        Kind.ORGANIZATION,
        id,
        form,
        () -> edits.updateOrganization(id, version(form), fields(form), editor.getName()).id());
  }

  @Post("/people/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deletePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String organization = people.find(id).map(p -> p.organizationId()).orElse(null);
    return delete(
        Kind.PERSON,
        id,
        form,
        () -> edits.deletePerson(id, version(form), editor.getName()),
        organization == null ? "/" : "/organizations/" + organization);
  }

  @Post("/organizations/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> deleteOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String parent = organizations.find(id).map(o -> o.parentId()).orElse(null);
    return delete(
        Kind.ORGANIZATION,
        id,
        form,
        () -> edits.deleteOrganization(id, version(form), editor.getName()),
        parent == null ? "/" : "/organizations/" + parent);
  }

  private HttpResponse<String> save(
      Kind kind, @Nullable String id, Map<String, String> form, Supplier<String> write) {
    Long version = id == null ? null : parsedVersion(form);
    try {
      String saved = write.get();
      return HttpResponse.seeOther(URI.create(kind.path + saved));
    } catch (EditRefused e) {
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
              EditViews.changes(e.since())));
    } catch (NoSuchElementException e) {
      return notFound(kind, id);
    } catch (IllegalArgumentException e) {
      return pages.render(
          HttpStatus.BAD_REQUEST,
          "edit",
          form(kind, id, version, fields(form), Map.of(), e.getMessage(), List.of()));
    }
  }

  private HttpResponse<String> delete(
      Kind kind, String id, Map<String, String> form, Runnable delete, String next) {
    try {
      delete.run();
      return HttpResponse.seeOther(URI.create(next));
    } catch (EditConflict e) {
      return pages.error(HttpStatus.CONFLICT, e.getMessage());
    } catch (NoSuchElementException e) {
      return notFound(kind, id);
    } catch (IllegalArgumentException e) {
      return pages.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private EditForm form(
      Kind kind,
      @Nullable String id,
      @Nullable Long version,
      Map<String, String> values,
      Map<String, String> problems,
      @Nullable String problem,
      List<EditViews.Change> changedMeanwhile) {
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

  private HttpResponse<String> notFound(Kind kind, @Nullable String id) {
    return pages.error(HttpStatus.NOT_FOUND, "No " + kind.noun + " has the id “" + id + "”.");
  }

  /** The form's record fields: everything but the token and the version. */
  private static Map<String, String> fields(Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.remove(Csrf.FIELD);
    fields.remove("version");
    return fields;
  }

  /** The problems of the form's fields, by field. */
  private static Map<String, String> problems(Kind kind, List<ImportProblem> problems) {
    Map<String, String> byField = new HashMap<>();
    for (ImportProblem problem : problems) {
      if (kind.has(problem.column())) {
        byField.merge(problem.column(), problem.message(), (a, b) -> a + "; " + b);
      }
    }
    return byField;
  }

  /** The problems no field of the form can show, as sentences after the form's message. */
  private static String notOnTheForm(Kind kind, List<ImportProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (ImportProblem problem : problems) {
      if (!kind.has(problem.column())) {
        text.append(' ')
            .append(problem.column() == null ? "" : problem.column() + ": ")
            .append(problem.message())
            .append('.');
      }
    }
    return text.toString();
  }

  private static long version(Map<String, String> form) {
    return EditController.version(form.get("version"));
  }

  private static @Nullable Long parsedVersion(Map<String, String> form) {
    try {
      return version(form);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
