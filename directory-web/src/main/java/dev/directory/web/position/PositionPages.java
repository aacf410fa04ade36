package dev.directory.web.position;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.Edits;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.input.Versions;
import dev.directory.web.page.Addresses;
import dev.directory.web.page.Pages;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Map;

/** The page of a position: its holders over time, and "someone leaves" for editors. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record PositionPages(
    PositionRecords positions, Edits edits, AuditLog audit, Pages pages, Csrf csrf) {

  @Get("/positions/{id}{?at}")
  HttpResponse<String> position(String id, @Nullable @QueryValue String at) {
    PositionView position =
        positions
            .view(id, PositionController.day(at))
            .orElseThrow(() -> new NotFound(ProblemWord.POSITION, id));
    return pages.ok(
        "position",
        Map.of(
            "position",
            position,
            "history",
            HistoryViews.changes(audit.history(RecordKind.POSITION, id))));
  }

  /**
   * The form of "someone leaves": {@code person}, {@code date} (their last day), {@code version}.
   */
  @Post("/positions/{id}/end-holding")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> endHolding(
      String id, @Body Map<String, String> form, HttpRequest<?> request, Principal editor) {
    csrf.check(request, form.get(Csrf.FIELD));
    String person = form.get("person");
    if (person == null || person.isBlank()) {
      throw Refused.of("person", ProblemCode.REQUIRED);
    }
    edits.endHolding(
        id,
        Versions.of(form.get("version")),
        person.strip(),
        PositionController.day(form.get("date")),
        editor.getName());
    return HttpResponse.seeOther(URI.create(Addresses.page(RecordKind.POSITION, id)));
  }
}
