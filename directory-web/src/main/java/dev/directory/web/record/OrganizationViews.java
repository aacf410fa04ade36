package dev.directory.web.record;

import dev.directory.core.change.RecordKind;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.reorganization.ChangeHistory;
import dev.directory.core.reorganization.OnADay;
import dev.directory.core.reorganization.OrganizationChange;
import dev.directory.core.topic.Topics;
import dev.directory.search.query.ResultType;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.record.RecordViews.OrganizationView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation shaped for reading, as it is today or as it was on a day: its name, parent,
 * units, people and positions with their holders then; its place, contacts and engagements as they
 * are.
 */
@Singleton
record OrganizationViews(
    Organizations organizations,
    OnADay onADay,
    ChangeHistory changes,
    MissionOffices offices,
    People people,
    Topics topics,
    Engagements engagements,
    Freshness freshness) {

  /**
   * @param dated whether the reader asked for that day ({@code at} is then set)
   */
  OrganizationView on(String id, LocalDate day, boolean dated) {
    Organization organization = onADay.organization(id, day);
    List<Ref> ancestors =
        organization
            .ancestors(parent -> onADay.organizations(List.of(parent), day).get(parent))
            .stream()
            .map(RecordViews::ref)
            .toList();
    return new OrganizationView(
        id,
        ResultType.of(organization.kind()).code(),
        organization.name(),
        organization.localName(),
        organization.aliases(),
        ancestors,
        ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1),
        onADay.children(List.of(id), day).getOrDefault(id, List.of()).stream()
            .map(RecordViews::ref)
            .toList(),
        onADay.people(id, day).stream().map(RecordViews::summary).toList(),
        RecordViews.place(organization),
        organization.website(),
        RecordViews.phone(organization.phone()),
        organization.email(),
        RecordViews.topics(organization.topicIds(), topics.all()),
        offices.find(id).map(office -> RecordViews.office(office, fallback(office))).orElse(null),
        engagements.involving(id).stream().map(RecordViews::engagement).toList(),
        organization.notes(),
        organization.status().code(),
        organization.formerNames(),
        refs(organization.successorIds()),
        organization.isClosed() ? closedOn(id) : null,
        positions(onADay.positions(List.of(id), day).getOrDefault(id, List.of()), day),
        dated ? day.toString() : null,
        freshness.of(RecordKind.ORGANIZATION, id),
        RecordViews.ref(organization).url(),
        organizations.version(id).orElse(1L));
  }

  /** The positions with the people who held them on {@code day}. */
  List<PositionSummary> positions(List<Position> positions, LocalDate day) {
    List<String> holderIds =
        positions.stream()
            .flatMap(p -> p.holders().stream())
            .filter(h -> h.heldOn(day))
            .map(Holding::personId)
            .distinct()
            .toList();
    Map<String, Person> holders = new HashMap<>();
    people.findAll(holderIds).forEach(person -> holders.put(person.id(), person));
    return positions.stream()
        .map(
            position ->
                new PositionSummary(
                    position.id(),
                    position.title(),
                    position.holders().stream()
                        .filter(h -> h.heldOn(day) && holders.containsKey(h.personId()))
                        .map(h -> holders.get(h.personId()))
                        .map(person -> Ref.person(person.id(), person.fullName()))
                        .toList(),
                    Ref.position(position.id(), position.title()).url()))
        .toList();
  }

  private List<Ref> refs(Collection<String> organizationIds) {
    Map<String, Organization> found = new HashMap<>();
    organizations.findAll(organizationIds).forEach(o -> found.put(o.id(), o));
    return organizationIds.stream()
        .filter(found::containsKey)
        .map(id -> RecordViews.ref(found.get(id)))
        .toList();
  }

  /** The day of the change that closed it; null when it was imported closed. */
  @Nullable
  private String closedOn(String id) {
    return changes.of(id).stream()
        .filter(change -> change.kind().closes())
        .map(OrganizationChange::date)
        .reduce((first, last) -> last)
        .map(LocalDate::toString)
        .orElse(null);
  }

  @Nullable
  private Organization fallback(MissionOffice office) {
    return office.fallbackOfficeId() == null
        ? null
        : organizations.find(office.fallbackOfficeId()).orElse(null);
  }
}
