package dev.directory.web.record;

import dev.directory.core.change.RecordKind;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Positions;
import dev.directory.core.position.PressContacts;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import dev.directory.search.query.ResultType;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.record.RecordViews.OfficeListing;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads whole records from the database, shaped for reading: the API returns them as JSON and the
 * pages show them, so both show the same thing.
 */
@Singleton
public final class Records {

  private final Organizations organizations;
  private final MissionOffices offices;
  private final People people;
  private final Topics topics;
  private final Engagements engagements;
  private final Positions positions;
  private final Freshness freshness;
  private final OrganizationViews organizationViews;

  Records(
      Organizations organizations,
      MissionOffices offices,
      People people,
      Topics topics,
      Engagements engagements,
      Positions positions,
      Freshness freshness,
      OrganizationViews organizationViews) {
    this.organizationViews = organizationViews;
    this.positions = positions;
    this.freshness = freshness;
    this.organizations = organizations;
    this.offices = offices;
    this.people = people;
    this.topics = topics;
    this.engagements = engagements;
  }

  public Optional<PersonView> person(String id) {
    return people.find(id).map(person -> view(person, topics.all()));
  }

  /** The people of {@code ids} that exist, by id: for exports, a chunk of results at a time. */
  public Map<String, PersonView> people(Collection<String> ids) {
    Map<String, Topic> vocabulary = topics.all();
    Map<String, PersonView> views = new HashMap<>();
    for (Person person : people.findAll(ids)) {
      views.put(person.id(), view(person, vocabulary));
    }
    return views;
  }

  /** The organisation as it is today, with its units, people and positions. */
  public Optional<OrganizationView> organization(String id) {
    return organizations.find(id).isPresent()
        ? Optional.of(organizationViews.on(id, LocalDate.now(ZoneOffset.UTC), false))
        : Optional.empty();
  }

  /**
   * The organisation as it was on {@code day}: its name, parent, units, people and positions then.
   *
   * @throws dev.directory.core.problem.NotFound when there is no such organisation, or it did not
   *     exist yet on that day
   */
  public OrganizationView organization(String id, LocalDate day) {
    return organizationViews.on(id, day, true);
  }

  /**
   * Every mission office, ordered by the name of its country, headquarters last, each with its
   * coverage and its press contacts.
   *
   * @param publicOnly leave out press contacts whose details are internal
   */
  public List<OfficeListing> offices(boolean publicOnly) {
    Map<String, Topic> vocabulary = topics.all();
    return offices.findAll().stream()
        .flatMap(
            office ->
                organizations.find(office.organizationId()).stream()
                    .map(o -> listing(o, office, publicOnly, vocabulary)))
        .sorted(
            Comparator.comparing((OfficeListing listing) -> listing.coverage().coversAll())
                .thenComparing(OfficeListing::countryText)
                .thenComparing(listing -> listing.office().name()))
        .toList();
  }

  /** Every mission office by name, without its contacts: what a choice of office lists. */
  public List<Ref> officeRefs() {
    List<String> ids = offices.findAll().stream().map(MissionOffice::organizationId).toList();
    return organizations.findAll(ids).stream()
        .map(RecordViews::ref)
        .sorted(Comparator.comparing(Ref::name))
        .toList();
  }

  /**
   * Whether the press page shows the person: a public press contact, today, of a mission office
   * (their own organisation, or one whose press contact position they hold).
   */
  public boolean onThePressPage(String personId) {
    Optional<Person> person = people.find(personId);
    if (person.isEmpty() || person.get().visibility() != Visibility.PUBLIC) {
      return false;
    }
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(person.get().organizationId());
    positions.heldBy(personId).forEach(position -> candidates.add(position.organizationId()));
    return candidates.stream()
        .filter(officeId -> offices.find(officeId).isPresent())
        .anyMatch(
            officeId ->
                pressContactsToday(officeId).stream()
                    .anyMatch(contact -> contact.id().equals(personId)));
  }

  /** The office's press contacts today, by the one rule routing follows too; each once. */
  private List<Person> pressContactsToday(String officeId) {
    return PressContacts.of(
            officeId,
            positions.inOrganization(officeId),
            people::find,
            () -> people.inOrganization(officeId),
            LocalDate.now(ZoneOffset.UTC))
        .contacts()
        .stream()
        .map(PressContacts.PressContact::person)
        .distinct()
        .toList();
  }

  private OfficeListing listing(
      Organization organization,
      MissionOffice office,
      boolean publicOnly,
      Map<String, Topic> vocabulary) {
    List<PersonView> press =
        pressContactsToday(organization.id()).stream()
            .filter(person -> !publicOnly || person.visibility() == Visibility.PUBLIC)
            .map(person -> view(person, vocabulary))
            .toList();
    return new OfficeListing(
        RecordViews.ref(organization),
        RecordViews.place(organization),
        RecordViews.phone(organization.phone()),
        organization.email(),
        RecordViews.office(office, fallback(office)),
        press);
  }

  private PersonView view(Person person, Map<String, Topic> vocabulary) {
    Organization organization = organizations.find(person.organizationId()).orElseThrow();
    List<Organization> path = organizations.ancestors(organization);
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
        held(person.id()),
        freshness.of(RecordKind.PERSON, person.id()),
        Ref.person(person.id(), person.fullName()).url(),
        people.version(person.id()).orElse(1L));
  }

  private List<RecordViews.HeldPosition> held(String personId) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return positions.heldBy(personId).stream()
        .flatMap(
            position ->
                position.holders().stream()
                    .filter(h -> h.personId().equals(personId))
                    .map(
                        h ->
                            new RecordViews.HeldPosition(
                                Ref.position(position.id(), position.title()),
                                h.start() == null ? null : h.start().toString(),
                                h.end() == null ? null : h.end().toString(),
                                h.heldOn(today))))
        .toList();
  }

  @Nullable
  private Organization fallback(MissionOffice office) {
    return office.fallbackOfficeId() == null
        ? null
        : organizations.find(office.fallbackOfficeId()).orElse(null);
  }
}
