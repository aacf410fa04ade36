package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationCheck;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonCheck;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.RecordStore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Undoes a merge, in one transaction: the record that went is back as it was, with what was moved
 * from it, and the one that stayed is as it was before, while it has not changed since.
 */
@Singleton
public class MergeUndo {

  private final RecordLocks locks;
  private final People people;
  private final Organizations organizations;
  private final StoredRecords stored;
  private final References references;
  private final MergedRecords merged;
  private final AuditLog audit;
  private final Writes writes;

  MergeUndo(
      RecordLocks locks,
      People people,
      Organizations organizations,
      StoredRecords stored,
      References references,
      MergedRecords merged,
      AuditLog audit,
      Writes writes) {
    this.locks = locks;
    this.people = people;
    this.organizations = organizations;
    this.stored = stored;
    this.references = references;
    this.merged = merged;
    this.audit = audit;
    this.writes = writes;
  }

  /**
   * Undoes the merge that took person {@code from} away: they are back as they were, with what was
   * moved from them, and the one that stayed is as it was before.
   *
   * @throws NotFound when {@code from} was not merged into another
   * @throws EditConflict when the one that stayed has changed since the merge
   * @throws Refused when {@code from} has been taken by another record since
   */
  public Person undoPeople(String from, String actor) {
    return undoPeople(from, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T undoPeople(String from, String actor, Function<Person, T> answer) {
    return undo(
        RecordKind.PERSON,
        from,
        people,
        cells -> PersonCheck.check(PersonField.draft(cells).orRefuse(), stored).orRefuse(),
        actor,
        answer);
  }

  /**
   * Undoes the merge that took organisation {@code from} away, as {@link #undoPeople} does, with
   * the mission offices it changed.
   *
   * @throws Refused also when one of those offices has changed since
   */
  public Organization undoOrganizations(String from, String actor) {
    return undoOrganizations(from, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T undoOrganizations(String from, String actor, Function<Organization, T> answer) {
    return undo(
        RecordKind.ORGANIZATION,
        from,
        organizations,
        cells ->
            OrganizationCheck.check(OrganizationField.draft(cells).orRefuse(), stored).orRefuse(),
        actor,
        answer);
  }

  /**
   * Undoes the merge of {@code from}, in one transaction: both records read back from the cells the
   * merge kept and saved, what it moved moved back, the merge forgotten.
   */
  private <R, T> T undo(
      RecordKind kind,
      String from,
      RecordStore<R> store,
      Function<Map<String, String>, R> read,
      String actor,
      Function<? super R, T> answer) {
    return writes.inTransaction(
        () -> {
          MergedRecords.Merge merge = undoable(kind, from);
          refuseTaken(store.exists(from), from);
          audit.moveBack(history(merge), from);
          R restored = read.apply(merge.fromCells());
          R before = read.apply(merge.intoCells());
          store.save(restored, actor);
          store.save(before, actor);
          references.moveBack(kind, merge, from, actor);
          merged.remove(kind, from);
          return answer.apply(restored);
        });
  }

  /** The merge of {@code from}, while the one that stayed is as the merge left it (row locked). */
  private MergedRecords.Merge undoable(RecordKind kind, String from) {
    MergedRecords.Merge merge =
        merged.find(kind, from).orElseThrow(() -> NotFound.of(ProblemCode.MERGE_NOT_FOUND, from));
    locks.checkVersion(kind, merge.into(), merge.intoVersion());
    return merge;
  }

  /** The changes of the history of the record that went, which the merge handed over. */
  private static List<Long> history(MergedRecords.Merge merge) {
    return merge.moved().stream()
        .filter(moved -> moved.what().equals("history"))
        .map(moved -> Long.parseLong(moved.id()))
        .toList();
  }

  private static void refuseTaken(boolean taken, String id) {
    if (taken) {
      throw Refused.of("id", ProblemCode.ID_TAKEN, id);
    }
  }
}
