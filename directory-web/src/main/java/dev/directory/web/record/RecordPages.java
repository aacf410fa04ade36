package dev.directory.web.record;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.MergedRecords;
import dev.directory.web.history.HistoryViews;
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

/** The pages of single records, and the lists of mission offices and press contacts. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RecordPages {

  private final Records records;
  private final Pages pages;
  private final AuditLog audit;

  private final MergedRedirects merged;
  private final MergedRecords mergedRecords;

  RecordPages(
      Records records,
      Pages pages,
      AuditLog audit,
      MergedRedirects merged,
      MergedRecords mergedRecords) {
    this.merged = merged;
    this.mergedRecords = mergedRecords;
    this.records = records;
    this.pages = pages;
    this.audit = audit;
  }

  @Get("/people/{id}")
  HttpResponse<String> person(String id) {
    PersonView person = records.person(id).orElse(null);
    if (person == null) {
      return merged.to(RecordKind.PERSON, id, "/people/");
    }
    return pages.ok(
        "person",
        Map.of(
            "person",
            person,
            "history",
            history(RecordKind.PERSON, id),
            "merged",
            mergedRecords.undoable(RecordKind.PERSON, id, person.version())));
  }

  @Get("/organizations/{id}")
  HttpResponse<String> organization(String id) {
    OrganizationView organization = records.organization(id).orElse(null);
    if (organization == null) {
      return merged.to(RecordKind.ORGANIZATION, id, "/organizations/");
    }
    return pages.ok(
        "organization",
        Map.of(
            "org",
            organization,
            "history",
            history(RecordKind.ORGANIZATION, id),
            "merged",
            mergedRecords.undoable(RecordKind.ORGANIZATION, id, organization.version())));
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
