package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.RecordLocks;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.reorganization.ChangeRequest.Successor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records an organisation's changes — each in one transaction, one step of its history, checked so
 * that it makes sense — and undoes the last one while nothing changed after it.
 */
@Singleton
public class OrganizationChanges {

  private final Organizations organizations;
  private final People people;
  private final Positions positions;
  private final MissionOffices offices;
  private final RecordLocks locks;
  private final ChangeHistory history;
  private final Writes writes;
  private final Clock clock;

  OrganizationChanges(
      Organizations organizations,
      People people,
      Positions positions,
      MissionOffices offices,
      RecordLocks locks,
      ChangeHistory history,
      Writes writes) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.offices = offices;
    this.locks = locks;
    this.history = history;
    this.writes = writes;
    this.clock = Clock.systemUTC();
  }

  /** Records a change, answering what {@code answer} reads before the transaction ends. */
  public <T> T record(
      String id, ChangeRequest request, String actor, Function<OrganizationChange, T> answer) {
    return writes.inTransaction(() -> answer.apply(record(id, request, actor)));
  }

  /**
   * Records a change of organisation {@code id}. Call inside a transaction.
   *
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since the request's version
   * @throws Refused naming each field that makes no sense
   */
  OrganizationChange record(String id, ChangeRequest request, String actor) {
    Requested.Read read = Requested.read(request);
    locks.checkVersion(RecordKind.ORGANIZATION, id, read.version());
    Organization organization = organizations.find(id).orElseThrow();
    List<OrganizationChange> past = history.of(id);
    checkDate(organization, read.date(), past);
    Planned planned =
        switch (read.kind()) {
          case RENAMED -> renamed(organization, request);
          case MOVED -> moved(organization, request);
          case MERGED -> merged(organization, request);
          case SPLIT -> split(organization, request, read.date(), actor);
          case CLOSED -> closed(organization, request);
          case CREATED -> throw new IllegalStateException("a creation comes with a split");
        };
    return write(organization, read.kind(), read.date(), planned, actor);
  }

  /** Undoes the change, answering what {@code answer} reads before the transaction ends. */
  public <T> T undo(String id, long changeId, String actor, Function<Organization, T> answer) {
    return writes.inTransaction(() -> answer.apply(undo(id, changeId, actor)));
  }

  /**
   * Undoes change {@code changeId} of organisation {@code id}: the organisation is as it was
   * before, every record it moved is back, the successors a split created are gone.
   *
   * @throws NotFound when the organisation has no such change
   * @throws EditConflict when it is not the last change, or a record it touched changed since
   */
  Organization undo(String id, long changeId, String actor) {
    Organization organization =
        organizations.find(id).orElseThrow(() -> RecordKind.ORGANIZATION.notFound(id));
    List<OrganizationChange> past = history.of(id);
    OrganizationChange change =
        past.stream()
            .filter(c -> c.id() == changeId && c.kind() != ChangeKind.CREATED)
            .findFirst()
            .orElseThrow(
                () -> NotFound.of(ProblemCode.CHANGE_NOT_FOUND, changeId, organization.name()));
    OrganizationChange last = past.get(past.size() - 1);
    long version = organizations.lockVersion(id).orElseThrow();
    if (last.id() != changeId) {
      throw new EditConflict(
          Problem.of(null, ProblemCode.UNDO_NOT_LAST, organization.name(), last.date()),
          version,
          List.of());
    }
    locks.checkVersion(RecordKind.ORGANIZATION, id, change.versionAfter());
    for (Move move : change.moves()) {
      if (move.recordId().equals(id)) {
        continue;
      }
      if (version(move.kind(), move.recordId()) != move.version()) {
        throw new EditConflict(
            Problem.of(null, ProblemCode.UNDO_EDITED, move.recordId()), version, List.of());
      }
      moveTo(move.kind(), move.recordId(), move.fromId(), actor);
    }
    Organization before =
        organization
            .withStatus(change.statusBefore(), change.successorsBefore())
            .withFormerNames(change.formerNamesBefore());
    before = renamedBack(before, change.before());
    Optional<Move> own = change.ownMove();
    if (own.isPresent()) {
      before = before.withParent(own.get().fromId());
    }
    organizations.save(before, actor);
    history.delete(change.id());
    for (String created : change.created()) {
      if (people.countIn(created) > 0
          || positions.countInOrganization(created) > 0
          || organizations.countChildren(created) > 0) {
        throw new EditConflict(
            Problem.of(null, ProblemCode.UNDO_EDITED, created), version, List.of());
      }
      organizations.delete(created, actor);
    }
    return before;
  }

  private static Organization renamedBack(Organization organization, OrganizationChange.Names to) {
    List<String> former = organization.formerNames();
    return organization.renamed(to.name(), to.localName()).withFormerNames(former);
  }

  /** What a change does: the organisation after it, the records it moves, the ones it creates. */
  private record Planned(Organization after, List<Move> moves, List<Organization> created) {}

  private Planned renamed(Organization organization, ChangeRequest request) {
    OrganizationChange.Names names = Requested.names(request, organization);
    if (names.name().equals(organization.name())
        && Objects.equals(names.localName(), organization.localName())) {
      throw Refused.of(ChangeField.NAME.json(), ProblemCode.CHANGE_NOTHING);
    }
    return new Planned(organization.renamed(names.name(), names.localName()), List.of(), List.of());
  }

  private Planned moved(Organization organization, ChangeRequest request) {
    String parent = Requested.id(ChangeField.PARENT, request.parent());
    if (Objects.equals(parent, organization.parentId())) {
      throw Refused.of(ChangeField.PARENT.json(), ProblemCode.CHANGE_NOTHING);
    }
    if (parent != null) {
      Organization above = active(ChangeField.PARENT, parent);
      List<Organization> chain = above.ancestors(id -> organizations.find(id).orElse(null));
      if (parent.equals(organization.id())
          || chain.stream().anyMatch(o -> o.id().equals(organization.id()))) {
        throw Refused.of(
            ChangeField.PARENT.json(),
            ProblemCode.PARENT_CYCLE,
            organization.id(),
            String.join(" › ", chain.stream().map(Organization::id).toList())
                + " › "
                + parent
                + " › "
                + organization.id());
      }
    }
    return new Planned(
        organization.withParent(parent),
        List.of(
            new Move(
                RecordKind.ORGANIZATION, organization.id(), organization.parentId(), parent, 0)),
        List.of());
  }

  private Planned merged(Organization organization, ChangeRequest request) {
    String into = Requested.id(ChangeField.INTO, request.into());
    if (into == null) {
      throw Refused.of(ChangeField.INTO.json(), ProblemCode.REQUIRED);
    }
    if (into.equals(organization.id())) {
      throw Refused.of(ChangeField.INTO.json(), ProblemCode.MERGE_SELF, into);
    }
    Organization target = active(ChangeField.INTO, into);
    if (target.ancestors(id -> organizations.find(id).orElse(null)).stream()
        .anyMatch(o -> o.id().equals(organization.id()))) {
      throw Refused.of(
          ChangeField.INTO.json(),
          ProblemCode.PARENT_CYCLE,
          into,
          organization.id() + " › " + into);
    }
    checkOfficeHandedOver(organization);
    List<Move> moves = new ArrayList<>();
    members(organization.id())
        .forEach(
            (recordId, kind) -> moves.add(new Move(kind, recordId, organization.id(), into, 0)));
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, List.of(into)), moves, List.of());
  }

  private Planned split(
      Organization organization, ChangeRequest request, LocalDate date, String actor) {
    if (request.successors().size() < 2) {
      throw Refused.of(ChangeField.SUCCESSORS.json(), ProblemCode.SPLIT_SUCCESSORS);
    }
    checkOfficeHandedOver(organization);
    List<String> successorIds = new ArrayList<>();
    List<Organization> created = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Successor successor : request.successors()) {
      String successorId = Requested.id(ChangeField.SUCCESSORS, successor.id());
      if (successorId == null) {
        problems.add(Problem.of(ChangeField.SUCCESSORS.json(), ProblemCode.REQUIRED));
        continue;
      }
      Optional<Organization> existing = organizations.find(successorId);
      if (existing.isPresent()) {
        if (existing.get().isClosed() || successorId.equals(organization.id())) {
          problems.add(
              Problem.of(
                  ChangeField.SUCCESSORS.json(), ProblemCode.CHANGE_TARGET_CLOSED, successorId));
        }
      } else if (successor.name() == null || successor.name().isBlank()) {
        problems.add(
            Problem.of(
                ChangeField.SUCCESSORS.json(),
                ProblemCode.REFERENCE_MISSING,
                ProblemWord.ORGANIZATION,
                successorId));
      } else {
        created.add(
            organization.successorNamed(
                successorId, Requested.label(ChangeField.SUCCESSORS, successor.name())));
      }
      successorIds.add(successorId);
    }
    List<Move> moves = new ArrayList<>();
    Map<String, String> destinations = request.moves();
    members(organization.id())
        .forEach(
            (recordId, kind) -> {
              String to = destinations.get(recordId);
              if (to == null) {
                problems.add(
                    Problem.of(
                        ChangeField.MOVES.json() + "." + recordId,
                        ProblemCode.SPLIT_UNPLACED,
                        recordId,
                        String.join(", ", successorIds)));
              } else if (!successorIds.contains(to)) {
                problems.add(
                    Problem.of(
                        ChangeField.MOVES.json() + "." + recordId,
                        ProblemCode.SPLIT_NOT_SUCCESSOR,
                        to,
                        String.join(", ", successorIds)));
              } else {
                moves.add(new Move(kind, recordId, organization.id(), to, 0));
              }
            });
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, successorIds), moves, created);
  }

  private Planned closed(Organization organization, ChangeRequest request) {
    checkOfficeHandedOver(organization);
    List<String> successors = new ArrayList<>();
    for (Successor successor : request.successors()) {
      String successorId = Requested.id(ChangeField.SUCCESSORS, successor.id());
      if (successorId != null) {
        if (successorId.equals(organization.id())) {
          throw Refused.of(ChangeField.SUCCESSORS.json(), ProblemCode.SUCCESSOR_SELF);
        }
        active(ChangeField.SUCCESSORS, successorId);
        successors.add(successorId);
      }
    }
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, successors), List.of(), List.of());
  }

  /** Writes the change and what it does; the moves get the versions their records have after. */
  private OrganizationChange write(
      Organization organization, ChangeKind kind, LocalDate date, Planned planned, String actor) {
    for (Organization created : planned.created()) {
      organizations.save(created, actor);
    }
    organizations.save(planned.after(), actor);
    List<Move> moves = new ArrayList<>();
    for (Move move : planned.moves()) {
      long version =
          move.recordId().equals(organization.id())
              ? organizations.version(organization.id()).orElseThrow()
              : moveTo(move.kind(), move.recordId(), move.toId(), actor);
      moves.add(new Move(move.kind(), move.recordId(), move.fromId(), move.toId(), version));
    }
    OrganizationChange change =
        history.add(
            organization,
            planned.after(),
            kind,
            date,
            actor,
            planned.created().stream().map(Organization::id).toList(),
            organizations.version(organization.id()).orElseThrow(),
            moves);
    for (Organization created : planned.created()) {
      history.created(created, date, actor, organizations.version(created.id()).orElseThrow());
    }
    return change;
  }

  /** Moves a record to another organisation (a unit to another parent); its version after. */
  private long moveTo(RecordKind kind, String recordId, String organizationId, String actor) {
    switch (kind) {
      case PERSON -> {
        Person person = people.find(recordId).orElseThrow();
        people.save(person.withOrganization(organizationId), actor);
        return people.version(recordId).orElseThrow();
      }
      case POSITION -> {
        Position position = positions.find(recordId).orElseThrow();
        positions.save(position.withOrganization(organizationId), actor);
        return positions.version(recordId).orElseThrow();
      }
      case ORGANIZATION -> {
        Organization unit = organizations.find(recordId).orElseThrow();
        organizations.save(unit.withParent(organizationId), actor);
        return organizations.version(recordId).orElseThrow();
      }
      default -> throw new IllegalArgumentException("not moved by a change: " + kind);
    }
  }

  /** A record's version now; 0 when it is gone. */
  private long version(RecordKind kind, String recordId) {
    Optional<Long> version =
        switch (kind) {
          case PERSON -> people.version(recordId);
          case POSITION -> positions.version(recordId);
          default -> organizations.version(recordId);
        };
    return version.orElse(0L);
  }

  /** The units, people and positions of an organisation, by id. */
  private Map<String, RecordKind> members(String organizationId) {
    Map<String, RecordKind> members = new LinkedHashMap<>();
    organizations
        .children(organizationId)
        .forEach(o -> members.put(o.id(), RecordKind.ORGANIZATION));
    people.inOrganization(organizationId).forEach(p -> members.put(p.id(), RecordKind.PERSON));
    positions.inOrganization(organizationId).forEach(p -> members.put(p.id(), RecordKind.POSITION));
    return members;
  }

  private Organization active(ChangeField field, String id) {
    Organization organization =
        organizations
            .find(id)
            .orElseThrow(
                () ->
                    Refused.of(
                        field.json(), ProblemCode.REFERENCE_MISSING, ProblemWord.ORGANIZATION, id));
    if (organization.isClosed()) {
      throw Refused.of(field.json(), ProblemCode.CHANGE_TARGET_CLOSED, organization.name());
    }
    return organization;
  }

  /** An office that still answers for countries cannot go until another would answer instead. */
  private void checkOfficeHandedOver(Organization organization) {
    Optional<MissionOffice> office = offices.find(organization.id());
    if (office.isPresent()
        && office.get().fallbackOfficeId() == null
        && (office.get().coversAll() || !office.get().coverage().isEmpty())) {
      throw Refused.of(
          ChangeField.KIND.json(),
          ProblemCode.CHANGE_OFFICE_COVERS,
          organization.name(),
          office.get().coversAll() ? "every country" : String.join(", ", office.get().coverage()));
    }
  }

  private void checkDate(Organization organization, LocalDate date, List<OrganizationChange> past) {
    if (date.isAfter(LocalDate.now(clock))) {
      throw Refused.of(ChangeField.DATE.json(), ProblemCode.CHANGE_FUTURE, date);
    }
    if (organization.isClosed()) {
      LocalDate closedOn =
          past.stream()
              .filter(c -> c.kind().closes())
              .map(OrganizationChange::date)
              .reduce((a, b) -> b)
              .orElse(null);
      throw Refused.of(
          ChangeField.KIND.json(),
          ProblemCode.CHANGE_CLOSED,
          organization.name(),
          closedOn == null ? "an unknown day" : closedOn);
    }
    for (OrganizationChange change : past) {
      if (change.kind() == ChangeKind.CREATED && date.isBefore(change.date())) {
        throw Refused.of(
            ChangeField.DATE.json(), ProblemCode.CHANGE_BEFORE_CREATION, date, change.date());
      }
      if (date.isBefore(change.date())) {
        throw Refused.of(ChangeField.DATE.json(), ProblemCode.CHANGE_ORDER, date, change.date());
      }
    }
  }
}
