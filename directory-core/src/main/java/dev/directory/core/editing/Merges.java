package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.Known;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationCheck;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonCheck;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Field;
import dev.directory.core.record.RecordStore;
import dev.directory.core.steward.OutdatedReports;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges two records of one person or organisation into one, in one transaction: the record that
 * stays takes, field by field, its own value or the other's (lists are united unless one is
 * chosen); everything that pointed at the record that goes is moved to the one that stays; the one
 * that goes is deleted, its id leading to the one that stays ({@link MergedRecords}). The history
 * keeps both: the update of the one that stays, the deletion of the other with all its fields. Both
 * versions are checked, as an edit's is.
 */
@Singleton
public class Merges {

  private final RecordLocks locks;
  private final People people;
  private final Organizations organizations;
  private final StoredRecords stored;
  private final References references;
  private final MergedRecords merged;
  private final AuditLog audit;
  private final OutdatedReports reports;
  private final Writes writes;

  Merges(
      RecordLocks locks,
      People people,
      Organizations organizations,
      StoredRecords stored,
      References references,
      MergedRecords merged,
      AuditLog audit,
      OutdatedReports reports,
      Writes writes) {
    this.reports = reports;
    this.audit = audit;
    this.locks = locks;
    this.people = people;
    this.organizations = organizations;
    this.stored = stored;
    this.references = references;
    this.merged = merged;
    this.writes = writes;
  }

  /**
   * The record that stays ({@code id}) and the one that goes ({@code other}), each with the version
   * the merge was chosen on.
   */
  public record Pair(String id, long version, @Nullable String other, long otherVersion) {}

  /**
   * Merges person {@code other} into person {@code id}.
   *
   * @param choices by field (as the API names it, or its CSV column): whose value stays
   * @throws Refused for a record merged into itself, an unknown field or choice, or a merged record
   *     that would not read
   * @throws EditConflict when either has changed since its version
   */
  public Person mergePeople(Pair pair, Map<String, String> choices, String actor) {
    return mergePeople(pair, choices, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T mergePeople(
      Pair pair, Map<String, String> choices, String actor, Function<Person, T> answer) {
    return merge(
        RecordKind.PERSON,
        people,
        PersonField.values(),
        PersonField::cells,
        cells -> PersonCheck.check(PersonField.draft(cells).orRefuse(), stored).orRefuse(),
        pair,
        choices,
        actor,
        answer);
  }

  /**
   * Merges organisation {@code other} into organisation {@code id}: its people, departments,
   * offices falling back to it, engagements and inquiries move to {@code id}.
   *
   * @throws Refused as {@link #mergePeople} does, and for a parent that would make the merged
   *     organisation its own ancestor
   * @throws EditConflict when either has changed since its version
   */
  public Organization mergeOrganizations(Pair pair, Map<String, String> choices, String actor) {
    return mergeOrganizations(pair, choices, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T mergeOrganizations(
      Pair pair, Map<String, String> choices, String actor, Function<Organization, T> answer) {
    return merge(
        RecordKind.ORGANIZATION,
        organizations,
        OrganizationField.values(),
        OrganizationField::cells,
        cells -> {
          String parent = cells.get(OrganizationField.PARENT.column());
          if (pair.other().equals(parent) || pair.id().equals(parent)) {
            throw Refused.of(OrganizationField.PARENT.column(), ProblemCode.PARENT_SELF);
          }
          return OrganizationCheck.check(
                  OrganizationField.draft(cells).orRefuse(),
                  new AfterMerge(stored, pair.other(), pair.id()))
              .orRefuse();
        },
        pair,
        choices,
        actor,
        answer);
  }

  /**
   * Merges in one transaction, for any kind: both rows locked, the cells chosen field by field and
   * read back as the kind's record ({@code read} checks it), the merged record saved, what referred
   * to the other moved, the other deleted, and all of it kept for undo.
   */
  private <R, T> T merge(
      RecordKind kind,
      RecordStore<R> store,
      Field[] fields,
      Function<R, Map<String, String>> cellsOf,
      Function<Map<String, String>, R> read,
      Pair pair,
      Map<String, String> choices,
      String actor,
      Function<? super R, T> answer) {
    String id = pair.id();
    String other = pair.other();
    refuseSelf(id, other);
    Map<String, MergedCells.Choice> chosen = MergedCells.choices(choices, fields);
    return writes.inTransaction(
        () -> {
          lockBoth(kind, pair);
          Map<String, String> staying = cellsOf.apply(store.find(id).orElseThrow());
          Map<String, String> going = cellsOf.apply(store.find(other).orElseThrow());
          R result =
              read.apply(MergedCells.merge(staying, going, chosen, Field.listColumns(fields)));
          store.save(result, actor);
          List<MergedRecords.Moved> moved = references.move(kind, other, id, actor);
          store.delete(other, actor);
          keep(kind, pair, store.version(id).orElseThrow(), staying, going, moved, actor);
          return answer.apply(result);
        });
  }

  /**
   * Keeps what the merge did, so that it can be undone: both records' history marked, the history
   * and reports of the one that went handed to the one that stayed, and the two as they were.
   */
  private void keep(
      RecordKind kind,
      Pair pair,
      long version,
      Map<String, String> stayingCells,
      Map<String, String> goingCells,
      List<MergedRecords.Moved> moved,
      String actor) {
    String id = pair.id();
    String other = pair.other();
    audit.markMerge(kind, id, version);
    audit.markMerge(kind, other, pair.otherVersion() + 1);
    audit
        .moveHistory(kind, other, id)
        .forEach(change -> moved.add(new MergedRecords.Moved("history", "" + change, false)));
    reports.move(kind, other, id);
    merged.add(
        kind, new MergedRecords.Merge(other, id, version, stayingCells, goingCells, moved), actor);
  }

  private static void refuseSelf(String id, @Nullable String other) {
    if (other == null || other.isBlank()) {
      throw Refused.of("other", ProblemCode.REQUIRED);
    }
    if (id.equals(other)) {
      throw Refused.of("other", ProblemCode.MERGE_SELF, id);
    }
  }

  /** Locks both rows, the smaller id first (two merges of one pair cannot deadlock). */
  private void lockBoth(RecordKind kind, Pair pair) {
    boolean first = pair.id().compareTo(pair.other()) < 0;
    locks.checkVersion(
        kind, first ? pair.id() : pair.other(), first ? pair.version() : pair.otherVersion());
    locks.checkVersion(
        kind, first ? pair.other() : pair.id(), first ? pair.otherVersion() : pair.version());
  }

  /**
   * The stored organisations as the merge leaves them: whatever was under one is under the other.
   */
  private record AfterMerge(Known stored, String gone, String into) implements Known {

    @Override
    @Nullable
    public Facts organization(String organizationId) {
      Facts facts = stored.organization(organizationId.equals(gone) ? into : organizationId);
      if (facts == null || !gone.equals(facts.parentId())) {
        return facts;
      }
      return new Facts(facts.kind(), facts.country(), into);
    }

    @Override
    public boolean topicExists(String topicId) {
      return stored.topicExists(topicId);
    }

    @Override
    public boolean personExists(String personId) {
      return stored.personExists(personId);
    }
  }
}
