package dev.directory.web.record;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.input.Days;
import dev.directory.web.page.Addresses;
import dev.directory.web.page.Pages;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pages of single records, and the lists of mission offices and press contacts. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record RecordPages(
    Records records, Pages pages, AuditLog audit, MergedRedirects merged, ChangeViews changes) {

  @Get("/people/{id}")
  HttpResponse<String> person(String id) {
    Optional<PersonView> view = records.person(id);
    if (view.isEmpty()) {
      return merged.to(RecordKind.PERSON, id, Addresses::page);
    }
    return pages.ok(
        RecordKind.PERSON.code(),
        parameters(RecordKind.PERSON, id, "person", view.get(), view.get().version()));
  }

  /** An organisation's page; with {@code at}, as it was on that day. */
  @Get("/organizations/{id}{?at}")
  HttpResponse<String> organization(String id, @Nullable @QueryValue String at) {
    Optional<OrganizationView> view =
        at == null || at.isBlank()
            ? records.organization(id)
            : Optional.of(records.organization(id, Days.read("at", at)));
    if (view.isEmpty()) {
      return merged.to(RecordKind.ORGANIZATION, id, Addresses::page);
    }
    Map<String, Object> parameters =
        parameters(RecordKind.ORGANIZATION, id, "org", view.get(), view.get().version());
    parameters.put("changes", changes.of(id));
    return pages.ok(RecordKind.ORGANIZATION.code(), parameters);
  }

  /**
   * What a record's page shows: the record, its history and the merges into it that can be undone.
   */
  private Map<String, Object> parameters(
      RecordKind kind, String id, String name, Object view, long version) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(name, view);
    parameters.put("history", history(kind, id));
    parameters.put("merged", merged.undoable(kind, id, version));
    return parameters;
  }

  private List<HistoryViews.Change> history(RecordKind kind, String id) {
    return HistoryViews.changes(audit.history(kind, id));
  }

  /** Every mission office by country, with its coverage and press contacts (internal ones too). */
  @Get("/offices")
  HttpResponse<String> offices() {
    return pages.ok("offices", records.offices(false));
  }
}
