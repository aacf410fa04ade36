package dev.directory.web.api;

import dev.directory.core.engagement.Engagements;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import dev.directory.search.query.ResultType;
import dev.directory.web.api.RecordViews.OrganizationView;
import dev.directory.web.api.RecordViews.PersonView;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code GET /api/people/{id}} and {@code GET /api/organizations/{id}}: whole records. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RecordController {

  private final Organizations organizations;
  private final MissionOffices offices;
  private final People people;
  private final Topics topics;
  private final Engagements engagements;

  RecordController(
      Organizations organizations,
      MissionOffices offices,
      People people,
      Topics topics,
      Engagements engagements) {
    this.organizations = organizations;
    this.offices = offices;
    this.people = people;
    this.topics = topics;
    this.engagements = engagements;
  }

  @Get("/people/{id}")
  PersonView person(String id) {
    Person person =
        people.find(id).orElseThrow(() -> notFound("no person has the id \"" + id + "\""));
    Organization organization = organizations.find(person.organizationId()).orElseThrow();
    List<Organization> path = organizations.ancestors(organization);
    Map<String, Topic> vocabulary = topics.all();
    return new PersonView(
        person.id(),
        (person.pressContact() ? ResultType.PRESS_CONTACT : ResultType.PERSON).code(),
        person.fullName(),
        person.givenName(),
        person.familyName(),
        person.jobTitle(),
        RecordViews.ref(organization),
        Stream.concat(path.stream(), Stream.of(organization)).map(RecordViews::ref).toList(),
        person.roles(),
        person.emails().stream().map(RecordViews::email).toList(),
        person.phones().stream().map(RecordViews::phone).toList(),
        RecordViews.languages(person.languages()),
        RecordViews.topics(person.topicIds(), vocabulary),
        person.pressContact(),
        person.visibility().code(),
        RecordViews.place(organization),
        person.notes(),
        Ref.person(person.id(), person.fullName()).url());
  }

  @Get("/organizations/{id}")
  OrganizationView organization(String id) {
    Organization organization =
        organizations
            .find(id)
            .orElseThrow(() -> notFound("no organisation has the id \"" + id + "\""));
    Map<String, Topic> vocabulary = topics.all();
    return new OrganizationView(
        organization.id(),
        ResultType.of(organization.kind()).code(),
        organization.name(),
        organization.localName(),
        organization.aliases(),
        organizations.ancestors(organization).stream().map(RecordViews::ref).toList(),
        organizations.children(id).stream().map(RecordViews::ref).toList(),
        people.inOrganization(id).stream().map(RecordViews::summary).toList(),
        RecordViews.place(organization),
        organization.website(),
        RecordViews.phone(organization.phone()),
        organization.email(),
        RecordViews.topics(organization.topicIds(), vocabulary),
        offices
            .find(id)
            .map(
                office ->
                    RecordViews.office(
                        office,
                        office.fallbackOfficeId() == null
                            ? null
                            : organizations.find(office.fallbackOfficeId()).orElse(null)))
            .orElse(null),
        engagements.involving(id).stream().map(RecordViews::engagement).toList(),
        organization.notes(),
        RecordViews.ref(organization).url());
  }

  private static HttpStatusException notFound(String message) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, message);
  }
}
