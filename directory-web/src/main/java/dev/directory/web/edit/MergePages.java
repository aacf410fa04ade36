package dev.directory.web.edit;

import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.CellEdits;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.MergeUndo;
import dev.directory.core.editing.Merges;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.web.input.Versions;
import dev.directory.web.language.ProblemTexts;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The merge pages (editors and admins): two entries of one record side by side, a choice for each
 * field that differs, then the merge; the record that goes leads to the one that stays.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record MergePages(Merges merges, MergeUndo undo, CellEdits records, Pages pages, Csrf csrf) {

  @Get("/people/{id}/merge")
  HttpResponse<String> person(String id, @Nullable @QueryValue String other) {
    return form(FormKind.PERSON, id, other, null, HttpStatus.OK);
  }

  @Get("/organizations/{id}/merge")
  HttpResponse<String> organization(String id, @Nullable @QueryValue String other) {
    return form(FormKind.ORGANIZATION, id, other, null, HttpStatus.OK);
  }

  @Post("/people/{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> mergePerson(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return merge(FormKind.PERSON, id, form, request, editor);
  }

  @Post("/organizations/{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> mergeOrganization(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    return merge(FormKind.ORGANIZATION, id, form, request, editor);
  }

  @Post("/people/{from}/merge/undo")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> undoPerson(
      String from, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    undo.undoPeople(from, editor.getName());
    return HttpResponse.seeOther(URI.create(Addresses.page(RecordKind.PERSON, from)));
  }

  @Post("/organizations/{from}/merge/undo")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> undoOrganization(
      String from, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    undo.undoOrganizations(from, editor.getName());
    return HttpResponse.seeOther(URI.create(Addresses.page(RecordKind.ORGANIZATION, from)));
  }

  private HttpResponse<String> merge(
      FormKind kind,
      String id,
      Map<String, String> form,
      HttpRequest<?> request,
      Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String other = form.get("other");
    Map<String, String> choices = new LinkedHashMap<>();
    form.forEach(
        (field, value) -> {
          if (field.startsWith("choice.") && !value.equals("both")) {
            choices.put(field.substring("choice.".length()), value);
          }
        });
    var pair =
        new Merges.Pair(
            id, Versions.of(form.get("version")), other, Versions.of(form.get("other_version")));
    try {
      switch (kind) {
        case PERSON -> merges.mergePeople(pair, choices, editor.getName());
        case ORGANIZATION -> merges.mergeOrganizations(pair, choices, editor.getName());
      }
      return HttpResponse.seeOther(URI.create(Addresses.page(kind.record, id)));
    } catch (Refused e) {
      return form(kind, id, other, ProblemTexts.describe(e.problems()), HttpStatus.BAD_REQUEST);
    } catch (EditConflict e) {
      return form(kind, id, other, e.getMessage(), HttpStatus.CONFLICT);
    }
  }

  private HttpResponse<String> form(
      FormKind kind,
      String id,
      @Nullable String other,
      @Nullable String problem,
      HttpStatus status) {
    Map<String, String> mine = cells(kind, id).orElseThrow(() -> new NotFound(kind.noun, id));
    if (other == null || other.isBlank()) {
      throw Refused.of("other", ProblemCode.REQUIRED);
    }
    Map<String, String> theirs =
        cells(kind, other.strip()).orElseThrow(() -> new NotFound(kind.noun, other.strip()));
    return pages.render(
        status,
        "merge",
        MergeForm.of(
            kind,
            id,
            other.strip(),
            version(kind, id),
            version(kind, other.strip()),
            mine,
            theirs,
            problem));
  }

  private Optional<Map<String, String>> cells(FormKind kind, String id) {
    return records.cells(kind.record, id);
  }

  private long version(FormKind kind, String id) {
    return records.version(kind.record, id).orElseThrow();
  }
}
