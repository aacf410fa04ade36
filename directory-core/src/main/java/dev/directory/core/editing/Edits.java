package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.freshness.Verification;
import dev.directory.core.freshness.Verifications;
import dev.directory.core.freshness.VerifiedHow;
import dev.directory.core.inquiry.Inquiries;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.OrganizationCheck;
import dev.directory.core.record.OrganizationDraft;
import dev.directory.core.record.PersonCheck;
import dev.directory.core.record.PersonDraft;
import dev.directory.core.record.PositionCheck;
import dev.directory.core.record.Reading;
import dev.directory.core.record.StoredRecords;
import dev.directory.core.steward.Stewards;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  private final MissionOffices offices;
  private final Engagements engagements;
  private final Inquiries inquiries;
  private final Positions positions;
  private final Verifications verifications;
  private final Stewards stewards;
  private final StoredRecords stored;
  private final AuditLog audit;
  private final Writes writes;

  Edits(
      Organizations organizations,
      People people,
      MissionOffices offices,
      Engagements engagements,
      Inquiries inquiries,
      Positions positions,
      Verifications verifications,
      Stewards stewards,
      StoredRecords stored,
      AuditLog audit,
      Writes writes) {
    this.organizations = organizations;
    this.people = people;
    this.offices = offices;
    this.engagements = engagements;
    this.inquiries = inquiries;
    this.positions = positions;
    this.verifications = verifications;
    this.stewards = stewards;
    this.stored = stored;
    this.audit = audit;
    this.writes = writes;
  }

  /**
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Organization createOrganization(OrganizationDraft draft, String actor) {
    return writes.inTransaction(
        () -> {
          Organization organization = OrganizationCheck.check(draft, stored).orRefuse();
          refuseTaken(anyHas(organization.id()), organization.id());
          organizations.save(organization, actor);
          return organization;
        });
  }

  /**
   * @param version the version the editor started from
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since that version
   * @throws Refused naming each wrong field
   */
  public Organization updateOrganization(
      String id, long version, OrganizationDraft draft, String actor) {
    return writes.inTransaction(
        () -> {
          checkVersion(RecordKind.ORGANIZATION, id, version, organizations.lockVersion(id));
          refuseOtherId(id, draft.id());
          Organization organization = OrganizationCheck.check(draft.withId(id), stored).orRefuse();
          organizations.save(organization, actor);
          return organization;
        });
  }

  /**
   * @throws NotFound when there is no such organisation
   * @throws EditConflict when it has changed since {@code version}, or when departments, people,
   *     offices, engagements or inquiries still refer to it
   */
  public void deleteOrganization(String id, long version, String actor) {
    writes.run(
        () -> {
          long current =
              checkVersion(RecordKind.ORGANIZATION, id, version, organizations.lockVersion(id));
          List<String> references = new ArrayList<>();
          count(references, organizations.countChildren(id), "department", "departments");
          count(references, people.countIn(id), "person", "people");
          count(
              references,
              offices.countFallingBackTo(id),
              "office falling back to it",
              "offices falling back to it");
          count(references, engagements.countInvolving(id), "engagement", "engagements");
          count(references, positions.countInOrganization(id), "position", "positions");
          count(references, inquiries.countFor(id), "press inquiry", "press inquiries");
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
    return writes.inTransaction(
        () -> {
          Person person = PersonCheck.check(draft, stored).orRefuse();
          refuseTaken(anyHas(person.id()), person.id());
          people.save(person, actor);
          return person;
        });
  }

  /**
   * @throws NotFound when there is no such person
   * @throws EditConflict when they have changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Person updatePerson(String id, long version, PersonDraft draft, String actor) {
    return writes.inTransaction(
        () -> {
          checkVersion(RecordKind.PERSON, id, version, people.lockVersion(id));
          refuseOtherId(id, draft.id());
          Person person = PersonCheck.check(draft.withId(id), stored).orRefuse();
          people.save(person, actor);
          return person;
        });
  }

  /**
   * @throws NotFound when there is no such person
   * @throws EditConflict when they have changed since {@code version}, or when engagements or
   *     inquiries still refer to them
   */
  public void deletePerson(String id, long version, String actor) {
    writes.run(
        () -> {
          long current = checkVersion(RecordKind.PERSON, id, version, people.lockVersion(id));
          List<String> references = new ArrayList<>();
          count(references, engagements.countNaming(id), "engagement", "engagements");
          count(references, positions.countHeldBy(id), "position held", "positions held");
          count(references, inquiries.countTo(id), "press inquiry", "press inquiries");
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
   * @param cells the position's fields as positions.csv names them
   * @throws Refused naming each wrong field, or an id that is taken
   */
  public Position createPosition(Map<String, String> cells, String actor) {
    return writes.inTransaction(
        () -> {
          Position position = PositionCheck.check(cells, stored).orRefuse();
          refuseTaken(anyHas(position.id()), position.id());
          positions.save(position, actor);
          return position;
        });
  }

  /**
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   * @throws Refused naming each wrong field
   */
  public Position updatePosition(String id, long version, Map<String, String> cells, String actor) {
    return writes.inTransaction(
        () -> {
          checkVersion(RecordKind.POSITION, id, version, positions.lockVersion(id));
          refuseOtherId(id, cells.get("id"));
          Map<String, String> withId = new LinkedHashMap<>(cells);
          withId.put("id", id);
          Position position = PositionCheck.check(withId, stored).orRefuse();
          positions.save(position, actor);
          return position;
        });
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
          checkVersion(RecordKind.POSITION, id, version, positions.lockVersion(id));
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
   * Records that {@code actor} found the record true today, {@code how}; nothing else of it
   * changes, and its history gains the verification.
   *
   * @throws NotFound when there is no such record
   * @throws EditConflict when it has changed since {@code version}: what was verified is not what
   *     is stored
   */
  public Verification verify(
      RecordKind kind, String id, long version, VerifiedHow how, String actor) {
    return writes.inTransaction(
        () -> {
          checkVersion(kind, id, version);
          return verifications.verify(
              kind, id, version, new Verification(LocalDate.now(ZoneOffset.UTC), actor, how));
        });
  }

  /**
   * Names the account responsible for the record, or (null) hands it back to its country's default
   * stewards. It is not a change of the record: its version stays.
   *
   * @throws NotFound when there is no such record
   * @throws Refused when there is no such account, or it is a viewer
   */
  public void assignSteward(RecordKind kind, String id, @Nullable String username) {
    writes.run(
        () -> {
          lock(kind, id).orElseThrow(() -> kind.notFound(id));
          stewards.assign(kind, id, username);
        });
  }

  /**
   * @throws NotFound when there is no such position
   * @throws EditConflict when it has changed since {@code version}
   */
  public void deletePosition(String id, long version, String actor) {
    writes.run(
        () -> {
          checkVersion(RecordKind.POSITION, id, version, positions.lockVersion(id));
          positions.delete(id, actor);
        });
  }

  /** Locks the record's row and compares its version, as {@link #checkVersion} does. */
  long checkVersion(RecordKind kind, String id, long expected) {
    return checkVersion(kind, id, expected, lock(kind, id));
  }

  /** Locks the record's row until the transaction ends; its version, empty when it is not there. */
  private Optional<Long> lock(RecordKind kind, String id) {
    return switch (kind) {
      case PERSON -> people.lockVersion(id);
      case POSITION -> positions.lockVersion(id);
      case ORGANIZATION -> organizations.lockVersion(id);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

  /**
   * Compares the version the editor started from with the stored one, which {@code locked} has
   * locked until the transaction ends: two editors saving at once cannot both pass.
   */
  private long checkVersion(RecordKind kind, String id, long expected, Optional<Long> locked) {
    long current = locked.orElseThrow(() -> kind.notFound(id));
    if (current != expected) {
      List<RecordChange> since = audit.since(kind, id, expected);
      List<String> who = since.stream().map(RecordChange::actor).distinct().toList();
      throw new EditConflict(
          Problem.of(
              null,
              ProblemCode.STALE_VERSION,
              id,
              expected,
              current,
              who.isEmpty() ? "" : ", by " + String.join(", ", who)),
          current,
          since);
    }
    return current;
  }

  /** "2 departments", "1 press inquiry": what still refers to the record, when anything does. */
  private static void count(List<String> references, long count, String one, String many) {
    if (count > 0) {
      references.add(count + " " + (count == 1 ? one : many));
    }
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
