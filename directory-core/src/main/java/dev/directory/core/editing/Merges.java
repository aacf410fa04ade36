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
   * Merges person {@code other} into person {@code id}.
   *
   * @param choices by field (as the API names it, or its CSV column): whose value stays
   * @throws Refused for a record merged into itself, an unknown field or choice, or a merged record
   *     that would not read
   * @throws EditConflict when either has changed since its version
   */
  public Person mergePeople(
      String id,
      long version,
      String other,
      long otherVersion,
      Map<String, String> choices,
      String actor) {
    return mergePeople(id, version, other, otherVersion, choices, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T mergePeople(
      String id,
      long version,
      String other,
      long otherVersion,
      Map<String, String> choices,
      String actor,
      Function<Person, T> answer) {
    refuseSelf(id, other);
    Map<String, MergedCells.Choice> chosen = MergedCells.choices(choices, PersonField.values());
    return writes.inTransaction(
        () -> {
          lockBoth(RecordKind.PERSON, id, version, other, otherVersion);
          Person staying = people.find(id).orElseThrow();
          Person going = people.find(other).orElseThrow();
          Map<String, String> cells =
              MergedCells.merge(
                  PersonField.cells(staying),
                  PersonField.cells(going),
                  chosen,
                  Field.listColumns(PersonField.values()));
          Person result = PersonCheck.check(PersonField.draft(cells).orRefuse(), stored).orRefuse();
          List<MergedRecords.Moved> moved = references.move(RecordKind.PERSON, other, id, actor);
          people.save(result, actor);
          people.delete(other, actor);
          keep(
              RecordKind.PERSON,
              id,
              people.version(id).orElseThrow(),
              other,
              otherVersion,
              PersonField.cells(staying),
              PersonField.cells(going),
              moved,
              actor);
          return answer.apply(result);
        });
  }

  /**
   * Merges organisation {@code other} into organisation {@code id}: its people, departments,
   * offices falling back to it, engagements and inquiries move to {@code id}.
   *
   * @throws Refused as {@link #mergePeople} does, and for a parent that would make the merged
   *     organisation its own ancestor
   * @throws EditConflict when either has changed since its version
   */
  public Organization mergeOrganizations(
      String id,
      long version,
      String other,
      long otherVersion,
      Map<String, String> choices,
      String actor) {
    return mergeOrganizations(id, version, other, otherVersion, choices, actor, done -> done);
  }

  /** As the method above, answering what {@code answer} reads before the transaction ends. */
  public <T> T mergeOrganizations(
      String id,
      long version,
      String other,
      long otherVersion,
      Map<String, String> choices,
      String actor,
      Function<Organization, T> answer) {
    refuseSelf(id, other);
    Map<String, MergedCells.Choice> chosen =
        MergedCells.choices(choices, OrganizationField.values());
    return writes.inTransaction(
        () -> {
          lockBoth(RecordKind.ORGANIZATION, id, version, other, otherVersion);
          Organization staying = organizations.find(id).orElseThrow();
          Organization going = organizations.find(other).orElseThrow();
          Map<String, String> cells =
              MergedCells.merge(
                  OrganizationField.cells(staying),
                  OrganizationField.cells(going),
                  chosen,
                  Field.listColumns(OrganizationField.values()));
          if (other.equals(cells.get(OrganizationField.PARENT.column()))
              || id.equals(cells.get(OrganizationField.PARENT.column()))) {
            throw Refused.of(OrganizationField.PARENT.column(), ProblemCode.PARENT_SELF);
          }
          Organization result =
              OrganizationCheck.check(
                      OrganizationField.draft(cells).orRefuse(), new AfterMerge(stored, other, id))
                  .orRefuse();
          organizations.save(result, actor);
          List<MergedRecords.Moved> moved =
              references.move(RecordKind.ORGANIZATION, other, id, actor);
          organizations.delete(other, actor);
          keep(
              RecordKind.ORGANIZATION,
              id,
              organizations.version(id).orElseThrow(),
              other,
              otherVersion,
              OrganizationField.cells(staying),
              OrganizationField.cells(going),
              moved,
              actor);
          return answer.apply(result);
        });
  }

  /**
   * Keeps what the merge did, so that it can be undone: both records' history marked, the history
   * and reports of the one that went handed to the one that stayed, and the two as they were.
   */
  private void keep(
      RecordKind kind,
      String id,
      long version,
      String other,
      long otherVersion,
      Map<String, String> stayingCells,
      Map<String, String> goingCells,
      List<MergedRecords.Moved> moved,
      String actor) {
    audit.markMerge(kind, id, version);
    audit.markMerge(kind, other, otherVersion + 1);
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
  private void lockBoth(RecordKind kind, String id, long version, String other, long otherVersion) {
    boolean first = id.compareTo(other) < 0;
    locks.checkVersion(kind, first ? id : other, first ? version : otherVersion);
    locks.checkVersion(kind, first ? other : id, first ? otherVersion : version);
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
