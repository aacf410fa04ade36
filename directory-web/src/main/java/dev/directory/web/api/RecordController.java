package dev.directory.web.api;

import dev.directory.core.problem.NotFound;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/people/{id}} and {@code GET /api/organizations/{id}}: whole records. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RecordController {

  private final Records records;

  RecordController(Records records) {
    this.records = records;
  }

  /** A person: contact details, organisation and the path of organisations above it. */
  @Get("/people/{id}")
  PersonView person(String id) {
    return records.person(id).orElseThrow(() -> new NotFound("person", id));
  }

  /** An organisation with its ancestors (breadcrumb), children, people and engagements. */
  @Get("/organizations/{id}")
  OrganizationView organization(String id) {
    return records.organization(id).orElseThrow(() -> new NotFound("organisation", id));
  }
}
