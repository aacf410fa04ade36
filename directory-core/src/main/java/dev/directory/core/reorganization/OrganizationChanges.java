package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.RecordLocks;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  private final ChangePlans plans;
  private final RecordLocks locks;
  private final ChangeHistory history;
  private final Writes writes;
  private final Clock clock;

  OrganizationChanges(
      Organizations organizations,
      People people,
      Positions positions,
      ChangePlans plans,
      RecordLocks locks,
      ChangeHistory history,
      Writes writes) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.plans = plans;
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
    ChangePlans.Planned planned = plans.of(read.kind(), organization, request);
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

  /** Writes the change and what it does; the moves get the versions their records have after. */
  private OrganizationChange write(
      Organization organization,
      ChangeKind kind,
      LocalDate date,
      ChangePlans.Planned planned,
      String actor) {
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
