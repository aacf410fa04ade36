package dev.directory.web.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.reorganization.ChangeRequest;
import dev.directory.core.reorganization.ChangeRequest.Successor;
import dev.directory.core.reorganization.OrganizationChanges;
import dev.directory.web.input.Versions;
import dev.directory.web.page.Addresses;
import dev.directory.web.security.Csrf;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;

/**
 * The "Record a change" and "Undo" forms of an organisation's page (a split, which says where each
 * record goes, is made through the API).
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record ChangePages(OrganizationChanges changes, Csrf csrf) {

  @Post("/organizations/{id}/changes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> record(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    ChangeRequest change =
        new ChangeRequest(
            form.get("kind"),
            form.get("date"),
            Versions.of(form.get("version")),
            blankAsNull(form.get("name")),
            blankAsNull(form.get("localName")),
            blankAsNull(form.get("parent")),
            blankAsNull(form.get("into")),
            Arrays.stream(form.getOrDefault("successors", "").split(";"))
                .map(String::strip)
                .filter(successor -> !successor.isEmpty())
                .map(successor -> new Successor(successor, null))
                .toList(),
            Map.of());
    changes.record(id, change, editor.getName(), made -> made);
    return back(id);
  }

  @Post("/organizations/{id}/changes/{changeId}/undo")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> undo(
      String id,
      long changeId,
      @Body Map<String, String> form,
      HttpRequest<?> request,
      Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    changes.undo(id, changeId, editor.getName(), undone -> undone);
    return back(id);
  }

  private static HttpResponse<String> back(String id) {
    return HttpResponse.seeOther(URI.create(Addresses.page(RecordKind.ORGANIZATION, id)));
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
