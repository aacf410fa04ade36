package dev.directory.core.editing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationCheck;
import dev.directory.core.organization.OrganizationDraft;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonCheck;
import dev.directory.core.person.PersonDraft;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.PositionCheck;
import dev.directory.core.position.PositionDraft;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Staff edits of organisations and people: checked by the same check as an import, written in one
 * transaction with their history, and refused when made on an older version than the stored one. An
 * organisation that still has departments or people, or that anything else refers to, is not
 * deleted: the refusal says what to move first.
 */
@Singleton
public class Edits {

  private final Organizations organizations;
  private final People people;
  private final Positions positions;
  private final StoredRecords stored;
  private final References references;
  private final RecordLocks locks;
  private final Saving saving;
  private final Writes writes;

  Edits(
      Organizations organizations,
      People people,
      Positions positions,
      StoredRecords stored,
      References references,
      RecordLocks locks,
      Saving saving,
      Writes writes) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.stored = stored;
    this.references = references;
    this.locks = locks;
    this.saving = saving;
    this.writes = writes;
  }

  /**
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Organization createOrganization(OrganizationDraft draft, String actor) {
    return createOrganization(draft, actor, created -> created);
  }

  /** Creates, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T createOrganization(
      OrganizationDraft draft, String actor, Function<Organization, T> answer) {
    return saving.create(
        () -> OrganizationCheck.check(draft, stored).orRefuse(),
        Organization::id,
        organizations::save,
        actor,
        answer);
  }

  /**
   * @param version the version the editor started from
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since that version
   * @throws Refused naming each wrong field
   */
  public Organization updateOrganization(
      String id, long version, OrganizationDraft draft, String actor) {
    return updateOrganization(id, version, draft, actor, updated -> updated);
  }

  /** Changes, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T updateOrganization(
      String id,
      long version,
      OrganizationDraft draft,
      String actor,
      Function<Organization, T> answer) {
    return saving.update(
        RecordKind.ORGANIZATION,
        id,
        version,
        draft.id(),
        () ->
            OrganizationCheck.check(
                    organizations
                        .find(id)
                        .map(draft.withId(id)::keepingLifecycleOf)
                        .orElse(draft.withId(id)),
                    stored)
                .orRefuse(),
        organizations::save,
        actor,
        answer);
  }

  /**
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since {@code version}, or when departments, people,
   *     offices, engagements or inquiries still refer to it
   */
  public void deleteOrganization(String id, long version, String actor) {
    writes.run(
        () -> {
          long current = locks.checkVersion(RecordKind.ORGANIZATION, id, version);
          List<String> references = this.references.to(RecordKind.ORGANIZATION, id);
          if (!references.isEmpty()) {
            throw new EditConflict(
                Problem.of(null, ProblemCode.STILL_REFERRED, id, String.join(", ", references)),
                current,
                List.of());
          }
          organizations.delete(id, actor);
        });
  }

  /**
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Person createPerson(PersonDraft draft, String actor) {
    return createPerson(draft, actor, created -> created);
  }

  /** Creates, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T createPerson(PersonDraft draft, String actor, Function<Person, T> answer) {
    return saving.create(
        () -> PersonCheck.check(draft, stored).orRefuse(), Person::id, people::save, actor, answer);
  }

  /**
   * @throws NotFound when there is no such person
   * @throws EditConflict when they have changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Person updatePerson(String id, long version, PersonDraft draft, String actor) {
    return updatePerson(id, version, draft, actor, updated -> updated);
  }

  /** Changes, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T updatePerson(
      String id, long version, PersonDraft draft, String actor, Function<Person, T> answer) {
    return saving.update(
        RecordKind.PERSON,
        id,
        version,
        draft.id(),
        () -> PersonCheck.check(draft.withId(id), stored).orRefuse(),
        people::save,
        actor,
        answer);
  }

  /**
   * @throws NotFound when there is no such person
   * @throws EditConflict when they have changed since {@code version}, or when engagements or
   *     inquiries still refer to them
   */
  public void deletePerson(String id, long version, String actor) {
    writes.run(
        () -> {
          long current = locks.checkVersion(RecordKind.PERSON, id, version);
          List<String> references = this.references.to(RecordKind.PERSON, id);
          if (!references.isEmpty()) {
            throw new EditConflict(
                Problem.of(null, ProblemCode.STILL_NAMED, id, String.join(", ", references)),
                current,
                List.of());
          }
          people.delete(id, actor);
        });
  }

  /**
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Position createPosition(PositionDraft draft, String actor) {
    return createPosition(draft, actor, created -> created);
  }

  /** Creates, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T createPosition(PositionDraft draft, String actor, Function<Position, T> answer) {
    return saving.create(
        () -> PositionCheck.check(draft, stored).orRefuse(),
        Position::id,
        positions::save,
        actor,
        answer);
  }

  /**
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Position updatePosition(String id, long version, PositionDraft draft, String actor) {
    return updatePosition(id, version, draft, actor, updated -> updated);
  }

  /** Changes, and answers what {@code answer} reads of it before the transaction ends. */
  public <T> T updatePosition(
      String id, long version, PositionDraft draft, String actor, Function<Position, T> answer) {
    return saving.update(
        RecordKind.POSITION,
        id,
        version,
        draft.id(),
        () -> PositionCheck.check(draft.withId(id), stored).orRefuse(),
        positions::save,
        actor,
        answer);
  }

  /** Ends a holding, as the method below does, answering the position as it is after. */
  public Position endHolding(
      String id, long version, String personId, LocalDate day, String actor) {
    return endHolding(id, version, personId, day, actor, left -> left);
  }

  /**
   * Ends {@code personId}'s holding of the position on {@code day}: they leave, and the history
   * keeps that they held it until then.
   *
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   * @throws Refused when the person does not hold it on that day, or the day is before they began
   */
  public <T> T endHolding(
      String id,
      long version,
      String personId,
      LocalDate day,
      String actor,
      Function<Position, T> answer) {
    return writes.inTransaction(
        () -> {
          locks.checkVersion(RecordKind.POSITION, id, version);
          Position position = positions.find(id).orElseThrow();
          List<Holding> holdings = new ArrayList<>();
          boolean ended = false;
          for (Holding holding : position.holders()) {
            if (!ended && holding.personId().equals(personId) && holding.end() == null) {
              if (holding.start() != null && day.isBefore(holding.start())) {
                throw Refused.of("date", ProblemCode.DATE_ORDER, day, holding.start());
              }
              holding = holding.endedOn(day);
              ended = true;
            }
            holdings.add(holding);
          }
          if (!ended) {
            throw Refused.of("person", ProblemCode.HOLDER_NOT_HOLDING, personId, position.title());
          }
          Position left = position.withHolders(holdings);
          positions.save(left, actor);
          return answer.apply(left);
        });
  }

  /**
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   */
  public void deletePosition(String id, long version, String actor) {
    writes.run(
        () -> {
          locks.checkVersion(RecordKind.POSITION, id, version);
          positions.delete(id, actor);
        });
  }
}
