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
import dev.directory.core.record.Reading;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
  private final Writes writes;

  Edits(
      Organizations organizations,
      People people,
      Positions positions,
      StoredRecords stored,
      References references,
      RecordLocks locks,
      Writes writes) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.stored = stored;
    this.references = references;
    this.locks = locks;
    this.writes = writes;
  }

  /**
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Organization createOrganization(OrganizationDraft draft, String actor) {
    return create(
        () -> OrganizationCheck.check(draft, stored).orRefuse(),
        Organization::id,
        organizations::save,
        actor);
  }

  /**
   * @param version the version the editor started from
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since that version
   * @throws Refused naming each wrong field
   */
  public Organization updateOrganization(
      String id, long version, OrganizationDraft draft, String actor) {
    return update(
        RecordKind.ORGANIZATION,
        id,
        version,
        draft.id(),
        () -> OrganizationCheck.check(draft.withId(id), stored).orRefuse(),
        organizations::save,
        actor);
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
    return create(
        () -> PersonCheck.check(draft, stored).orRefuse(), Person::id, people::save, actor);
  }

  /**
   * @throws NotFound when there is no such person
   * @throws EditConflict when they have changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Person updatePerson(String id, long version, PersonDraft draft, String actor) {
    return update(
        RecordKind.PERSON,
        id,
        version,
        draft.id(),
        () -> PersonCheck.check(draft.withId(id), stored).orRefuse(),
        people::save,
        actor);
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
    return create(
        () -> PositionCheck.check(draft, stored).orRefuse(), Position::id, positions::save, actor);
  }

  /**
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Position updatePosition(String id, long version, PositionDraft draft, String actor) {
    return update(
        RecordKind.POSITION,
        id,
        version,
        draft.id(),
        () -> PositionCheck.check(draft.withId(id), stored).orRefuse(),
        positions::save,
        actor);
  }

  /**
   * Ends {@code personId}'s holding of the position on {@code day}: they leave, and the history
   * keeps that they held it until then.
   *
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   * @throws Refused when the person does not hold it on that day, or the day is before they began
   */
  public Position endHolding(
      String id, long version, String personId, LocalDate day, String actor) {
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
          return left;
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

  /** Checks and saves a new record, in one transaction; an id any record has is refused. */
  private <R> R create(
      Supplier<R> check, Function<R, String> id, BiConsumer<R, String> save, String actor) {
    return writes.inTransaction(
        () -> {
          R record = check.get();
          refuseTaken(anyHas(id.apply(record)), id.apply(record));
          save.accept(record, actor);
          return record;
        });
  }

  /**
   * Checks and saves a changed record, in one transaction, its row locked at the editor's version.
   */
  private <R> R update(
      RecordKind kind,
      String id,
      long version,
      @Nullable String givenId,
      Supplier<R> check,
      BiConsumer<R, String> save,
      String actor) {
    return writes.inTransaction(
        () -> {
          locks.checkVersion(kind, id, version);
          refuseOtherId(id, givenId);
          R record = check.get();
          save.accept(record, actor);
          return record;
        });
  }

  /** An id given in the draft that differs from the record's is refused: ids do not change. */
  private static void refuseOtherId(String id, @Nullable String given) {
    String other = Reading.text(given);
    if (other != null && !other.equals(id)) {
      throw Refused.of("id", ProblemCode.ID_CHANGED, id, other);
    }
  }

  /** Whether a person, organisation or position has the id: search tells records by it alone. */
  private boolean anyHas(String id) {
    return people.exists(id) || organizations.exists(id) || positions.exists(id);
  }

  private static void refuseTaken(boolean taken, String id) {
    if (taken) {
      throw Refused.of("id", ProblemCode.ID_TAKEN, id);
    }
  }
}
