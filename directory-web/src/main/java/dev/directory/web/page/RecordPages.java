package dev.directory.web.page;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.web.edit.EditViews;
import dev.directory.web.record.Records;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

  RecordPages(Records records, Pages pages, AuditLog audit) {
    this.records = records;
    this.pages = pages;
    this.audit = audit;
  }

  @Get("/people/{id}")
  HttpResponse<String> person(String id) {
    return records
        .person(id)
        .<HttpResponse<String>>map(
            person ->
                pages.ok(
                    "person", Map.of("person", person, "history", history(RecordKind.PERSON, id))))
        .orElseGet(() -> pages.error(HttpStatus.NOT_FOUND, "No person has the id “" + id + "”."));
  }

  @Get("/organizations/{id}")
  HttpResponse<String> organization(String id) {
    return records
        .organization(id)
        .<HttpResponse<String>>map(
            organization ->
                pages.ok(
                    "organization",
                    Map.of("org", organization, "history", history(RecordKind.ORGANIZATION, id))))
        .orElseGet(
            () -> pages.error(HttpStatus.NOT_FOUND, "No organisation has the id “" + id + "”."));
  }

  private List<EditViews.Change> history(RecordKind kind, String id) {
    return EditViews.changes(audit.history(kind, id));
  }

  /** Every mission office by country, with its coverage and press contacts (internal ones too). */
  @Get("/offices")
  HttpResponse<String> offices() {
    return pages.ok("offices", records.offices(false));
  }
}
