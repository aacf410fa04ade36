package dev.directory.web.record;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.page.Addresses;
import dev.directory.web.page.Pages;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** The pages of single records, and the lists of mission offices and press contacts. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record RecordPages(Records records, Pages pages, AuditLog audit, MergedRedirects merged) {

  @Get("/people/{id}")
  HttpResponse<String> person(String id) {
    return page(RecordKind.PERSON, id, "person", records.person(id), PersonView::version);
  }

  @Get("/organizations/{id}")
  HttpResponse<String> organization(String id) {
    return page(
        RecordKind.ORGANIZATION, id, "org", records.organization(id), OrganizationView::version);
  }

  /**
   * The record's page with its history and the merges into it that can be undone; for a record
   * merged into another, a redirect to that one.
   */
  private <V> HttpResponse<String> page(
      RecordKind kind, String id, String name, Optional<V> view, ToLongFunction<V> version) {
    if (view.isEmpty()) {
      return merged.to(kind, id, Addresses::page);
    }
    return pages.ok(
        kind.code(),
        Map.of(
            name,
            view.get(),
            "history",
            history(kind, id),
            "merged",
            merged.undoable(kind, id, version.applyAsLong(view.get()))));
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
