package dev.directory.search.routing;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Position;
import dev.directory.core.position.PressContacts;
import dev.directory.core.topic.Topic;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the router knows of the directory at one moment: the mission offices, their public press
 * contacts, the topics, and every phrase that points at a country. Built once per change of the
 * directory, so routing an inquiry reads memory only.
 */
public final class RoutingDirectory {

  /** A mission office as routing sees it. */
  public record Office(
      String id,
      String name,
      boolean coversAll,
      List<String> coverage,
      @Nullable String fallbackId,
      @Nullable String email) {

    boolean covers(String country) {
      return coversAll || coverage.contains(country);
    }
  }

  /**
   * A press contact whose details the public may see: who a journalist is told about. When the
   * contact holds the office's press contact position, {@code positionId} names it and the e-mail
   * and phone are the position's own, where it has them.
   */
  public record Contact(
      String id,
      String name,
      String officeId,
      @Nullable String email,
      @Nullable String phone,
      List<String> topicIds,
      @Nullable String positionId) {

    public Contact(
        String id,
        String name,
        String officeId,
        @Nullable String email,
        @Nullable String phone,
        List<String> topicIds) {
      this(id, name, officeId, email, phone, topicIds, null);
    }
  }

  /**
   * The press contact positions routing reads, with who holds them on {@code day}.
   *
   * @param people a person by id
   */
  public record PressPositions(
      Collection<Position> positions, Function<String, Optional<Person>> people, LocalDate day) {

    static final PressPositions NONE =
        new PressPositions(List.of(), id -> Optional.empty(), LocalDate.MIN);
  }

  private final Map<String, Office> offices;
  private final Map<String, List<Contact>> contacts;
  private final Map<String, List<String>> vacant;
  private final Map<String, Reason.Localized> topicLabels;
  private final Gazetteer gazetteer;

  private RoutingDirectory(
      Map<String, Office> offices,
      Map<String, List<Contact>> contacts,
      Map<String, List<String>> vacant,
      Map<String, Reason.Localized> topicLabels,
      Gazetteer gazetteer) {
    this.offices = offices;
    this.contacts = contacts;
    this.vacant = vacant;
    this.topicLabels = topicLabels;
    this.gazetteer = gazetteer;
  }

  /**
   * @param organizations every organisation (names, acronyms and places are taken from them)
   * @param missionOffices the coverage and fallback of each office
   * @param people the people of an organisation, by its id (asked for offices only)
   * @param topics the topic vocabulary
   */
  public static RoutingDirectory build(
      Collection<Organization> organizations,
      Collection<MissionOffice> missionOffices,
      Function<String, List<Person>> people,
      Collection<Topic> topics) {
    return build(organizations, missionOffices, people, topics, PressPositions.NONE);
  }

  /**
   * As {@link #build(Collection, Collection, Function, Collection)}, with the press contact
   * positions: an office that has one routes to whoever holds it (by the position's mailbox and
   * phone), and when none of its positions is held, falls back as an office without a press contact
   * does.
   */
  public static RoutingDirectory build(
      Collection<Organization> organizations,
      Collection<MissionOffice> missionOffices,
      Function<String, List<Person>> people,
      Collection<Topic> topics,
      PressPositions pressPositions) {
    Gazetteer gazetteer = new Gazetteer(WorldPlaces.shared());
    CountryWords.addTo(gazetteer);
    Map<String, Organization> officeOrganizations = new LinkedHashMap<>();
    for (Organization organization : organizations) {
      if (organization.kind() == OrganizationKind.MISSION_OFFICE) {
        officeOrganizations.put(organization.id(), organization);
      }
    }
    DirectoryWords.addTo(gazetteer, organizations, missionOffices, topics);
    Map<String, Reason.Localized> topicLabels = new LinkedHashMap<>();
    for (Topic topic : topics) {
      topicLabels.put(
          topic.id(), new Reason.Localized(topic.labelEn(), topic.labelEs(), topic.labelFr()));
    }
    Map<String, Office> offices = new LinkedHashMap<>();
    Map<String, List<Contact>> contacts = new LinkedHashMap<>();
    Map<String, List<String>> vacant = new LinkedHashMap<>();
    for (MissionOffice office : missionOffices) {
      Organization organization = officeOrganizations.get(office.organizationId());
      if (organization == null) {
        continue;
      }
      // a closed office answers for no country: its fallback does
      offices.put(
          office.organizationId(),
          new Office(
              organization.id(),
              organization.name(),
              office.coversAll() && !organization.isClosed(),
              organization.isClosed() ? List.of() : office.coverage(),
              office.fallbackOfficeId(),
              organization.email()));
      PressContacts.OnADay today =
          PressContacts.of(
              organization.id(),
              pressPositions.positions(),
              pressPositions.people(),
              () -> people.apply(organization.id()),
              pressPositions.day());
      List<Contact> reached = new ArrayList<>();
      for (PressContacts.PressContact found : today.contacts()) {
        if (found.position() != null) {
          reached.add(contact(found.position(), found.person(), organization.id()));
        } else if (found.person().visibility() == Visibility.PUBLIC) {
          reached.add(contact(found.person()));
        }
      }
      contacts.put(organization.id(), reached);
      if (!today.vacant().isEmpty()) {
        vacant.put(organization.id(), today.vacant().stream().map(Position::title).toList());
      }
    }
    return new RoutingDirectory(offices, contacts, vacant, topicLabels, gazetteer);
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Optional<Office> office(String id) {
    return Optional.ofNullable(offices.get(id));
  }

  /** The office's press contacts whose details are public. */
  public List<Contact> contacts(String officeId) {
    return contacts.getOrDefault(officeId, List.of());
  }

  /** The titles of the office's press contact positions nobody holds, when it has no contact. */
  List<String> vacantPositions(String officeId) {
    return vacant.getOrDefault(officeId, List.of());
  }

  Reason.Localized topicLabel(String topicId) {
    return topicLabels.getOrDefault(topicId, new Reason.Localized(topicId, topicId, topicId));
  }

  /** The office that answers for a country: the one covering it with the fewest others. */
  Optional<Office> officeFor(String country) {
    return offices.values().stream()
        .filter(office -> office.covers(country))
        .min(Comparator.comparingInt(o -> o.coversAll() ? Integer.MAX_VALUE : o.coverage().size()));
  }

  /** Headquarters: the office that covers every country and falls back to none. */
  Optional<Office> headquarters() {
    return offices.values().stream()
        .filter(office -> office.fallbackId() == null)
        .min(Comparator.comparing(office -> !office.coversAll()));
  }

  /** The office an office without a press contact hands its inquiries to. */
  Optional<Office> fallback(Office office) {
    if (office.fallbackId() != null) {
      return office(office.fallbackId());
    }
    return headquarters().filter(hq -> !hq.equals(office));
  }

  /**
   * The holder of a press contact position: named when their details are public (else by the
   * position's title), reached at the position's mailbox and phone first.
   */
  private static Contact contact(Position position, Person holder, String officeId) {
    boolean named = holder.visibility() == Visibility.PUBLIC;
    Contact own = contact(holder);
    String email =
        position.emails().stream()
            .filter(e -> e.type() == EmailType.WORK)
            .map(Email::address)
            .findFirst()
            .orElse(named ? own.email() : null);
    String phone =
        position.phones().stream().map(Phone::raw).findFirst().orElse(named ? own.phone() : null);
    return new Contact(
        holder.id(),
        named ? holder.fullName() : position.title(),
        officeId,
        email,
        phone,
        holder.topicIds(),
        position.id());
  }

  private static Contact contact(Person person) {
    String email =
        person.emails().stream()
            .filter(e -> e.type() == EmailType.WORK)
            .map(Email::address)
            .findFirst()
            .orElse(null);
    String phone =
        person.phones().stream()
            .filter(p -> p.type() == PhoneType.WORK)
            .map(Phone::raw)
            .findFirst()
            .orElse(null);
    List<String> topicIds = person.topicIds();
    return new Contact(
        person.id(), person.fullName(), person.organizationId(), email, phone, topicIds);
  }
}
