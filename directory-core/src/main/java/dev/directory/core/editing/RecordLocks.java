package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.record.RecordStore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The row lock every change of a record takes first, and the check of the editor's version. */
@Singleton
public final class RecordLocks {

  private final People people;
  private final Organizations organizations;
  private final Positions positions;
  private final AuditLog audit;

  RecordLocks(People people, Organizations organizations, Positions positions, AuditLog audit) {
    this.people = people;
    this.organizations = organizations;
    this.positions = positions;
    this.audit = audit;
  }

  /**
   * Locks the record's row until the transaction ends and compares the version the editor started
   * from with the stored one: two editors saving at once cannot both pass.
   *
   * @return the stored version
   * @throws NotFound when there is no such record
   * @throws EditConflict when it has changed since {@code expected}, with what changed
   */
  public long checkVersion(RecordKind kind, String id, long expected) {
    return checkVersion(kind, id, expected, lock(kind, id));
  }

  /** Locks the record's row until the transaction ends; its version, empty when it is not there. */
  Optional<Long> lock(RecordKind kind, String id) {
    return store(kind).lockVersion(id);
  }

  /** The store of an edited kind. */
  RecordStore<?> store(RecordKind kind) {
    return switch (kind) {
      case PERSON -> people;
      case POSITION -> positions;
      case ORGANIZATION -> organizations;
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

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

  /** Whether a person, organisation or position has the id: search tells records by it alone. */
  boolean anyHas(String id) {
    return people.exists(id) || organizations.exists(id) || positions.exists(id);
  }
}
