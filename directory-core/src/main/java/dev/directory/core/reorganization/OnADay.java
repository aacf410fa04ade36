package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.reorganization.ChangeRows.ChangeRow;
import dev.directory.core.reorganization.ChangeRows.DatedMove;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Organisations as they were on a day: today's records with every change after that day read
 * backwards — names, parent, status, successors — and their units, people and positions where the
 * changes' moves say they were then.
 */
@Singleton
public class OnADay {

  private final Organizations organizations;
  private final People people;
  private final Positions positions;
  private final ChangeRepositories.Changes changes;
  private final ChangeRepositories.Moves moves;

  OnADay(
      Organizations organizations,
      People people,
      Positions positions,
      ChangeRepositories.Changes changes,
      ChangeRepositories.Moves moves) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.changes = changes;
    this.moves = moves;
  }

  /**
   * The organisation as it was on {@code day}.
   *
   * @throws NotFound when there is no such organisation, or it did not exist yet on that day
   */
  public Organization organization(String id, LocalDate day) {
    Organization today =
        organizations.find(id).orElseThrow(() -> RecordKind.ORGANIZATION.notFound(id));
    Map<String, Organization> then = asThen(List.of(today), day);
    if (!then.containsKey(id)) {
      LocalDate began =
          changes.findHistory(id).stream()
              .filter(c -> c.kind().equals(ChangeKind.CREATED.code()))
              .map(ChangeRow::effectiveDate)
              .findFirst()
              .orElse(day);
      throw NotFound.of(ProblemCode.AT_BEFORE_CREATION, today.name(), day, began);
    }
    return then.get(id);
  }

  /**
   * The organisations with these ids as they were on {@code day}; those that did not exist left
   * out.
   */
  public Map<String, Organization> organizations(Collection<String> ids, LocalDate day) {
    return asThen(organizations.findAll(ids), day);
  }

  /** The units directly under these organisations on {@code day}, as they were, by parent. */
  public Map<String, List<Organization>> children(Collection<String> parentIds, LocalDate day) {
    Map<String, String> current = new HashMap<>();
    organizations.childrenOf(parentIds).forEach(o -> current.put(o.id(), o.parentId()));
    Map<String, String> then = membersThen(RecordKind.ORGANIZATION, parentIds, current, day);
    Map<String, Organization> asThen = organizations(then.keySet(), day);
    Map<String, List<Organization>> byParent = new LinkedHashMap<>();
    asThen.values().stream()
        .sorted(Comparator.comparing(Organization::name))
        .forEach(
            unit ->
                byParent.computeIfAbsent(then.get(unit.id()), key -> new ArrayList<>()).add(unit));
    return byParent;
  }

  /** The people in the organisation on {@code day}, by family name. */
  public List<Person> people(String organizationId, LocalDate day) {
    Map<String, String> current = new HashMap<>();
    people.inOrganization(organizationId).forEach(p -> current.put(p.id(), p.organizationId()));
    Set<String> then =
        membersThen(RecordKind.PERSON, List.of(organizationId), current, day).keySet();
    return people.findAll(then).stream()
        .sorted(Comparator.comparing(Person::familyName).thenComparing(Person::givenName))
        .toList();
  }

  /** The positions of these organisations on {@code day}, by organisation, each by title. */
  public Map<String, List<Position>> positions(Collection<String> organizationIds, LocalDate day) {
    Map<String, String> current = new HashMap<>();
    List<Position> now = positions.inOrganizations(organizationIds);
    now.forEach(p -> current.put(p.id(), p.organizationId()));
    Map<String, String> then = membersThen(RecordKind.POSITION, organizationIds, current, day);
    Map<String, List<Position>> byOrganization = new LinkedHashMap<>();
    positions.findAll(then.keySet()).stream()
        .sorted(Comparator.comparing(Position::title))
        .forEach(
            p -> byOrganization.computeIfAbsent(then.get(p.id()), key -> new ArrayList<>()).add(p));
    return byOrganization;
  }

  /**
   * Which records of a kind were in these organisations on {@code day}, and in which: those there
   * now that no change has moved since, and those whose first move after the day took them from one
   * of them.
   *
   * @param current the records in them now, with the organisation each is in
   */
  private Map<String, String> membersThen(
      RecordKind kind,
      Collection<String> organizationIds,
      Map<String, String> current,
      LocalDate day) {
    Set<String> candidates = new HashSet<>(current.keySet());
    for (List<String> batch : Batches.of(List.copyOf(organizationIds))) {
      moves.findTouching(batch.toArray(String[]::new), kind.code(), day).stream()
          .map(DatedMove::recordId)
          .forEach(candidates::add);
    }
    Map<String, DatedMove> firstMove = new HashMap<>();
    for (List<String> batch : Batches.of(List.copyOf(candidates))) {
      for (DatedMove move : moves.findOf(batch.toArray(String[]::new), kind.code(), day)) {
        firstMove.merge(
            move.recordId(),
            move,
            (a, b) ->
                Comparator.comparing(DatedMove::effectiveDate)
                            .thenComparing(DatedMove::changeId)
                            .compare(a, b)
                        <= 0
                    ? a
                    : b);
      }
    }
    Set<String> within = new HashSet<>(organizationIds);
    Map<String, String> then = new LinkedHashMap<>();
    for (String record : candidates) {
      DatedMove first = firstMove.get(record);
      String where = first == null ? current.get(record) : first.fromId();
      if (where != null && within.contains(where)) {
        then.put(record, where);
      }
    }
    return then;
  }

  /**
   * Today's organisations read back to {@code day}: each change after it undone in turn, the last
   * first. One created after the day is left out.
   */
  private Map<String, Organization> asThen(List<Organization> today, LocalDate day) {
    Map<String, Organization> then = new LinkedHashMap<>();
    today.forEach(o -> then.put(o.id(), o));
    Function<Organization, String> id = Organization::id;
    for (List<String> batch : Batches.of(today.stream().map(id).toList())) {
      for (ChangeRow change : changes.findAfter(batch.toArray(String[]::new), day)) {
        Organization organization = then.get(change.organizationId());
        if (organization == null) {
          continue;
        }
        if (change.kind().equals(ChangeKind.CREATED.code())) {
          then.remove(change.organizationId());
          continue;
        }
        then.put(change.organizationId(), before(organization, change));
      }
    }
    return then;
  }

  private Organization before(Organization organization, ChangeRow change) {
    Organization before =
        organization
            .renamed(change.nameBefore(), change.localNameBefore())
            .withFormerNames(TextList.split(change.formerNamesBefore()))
            .withStatus(
                OrganizationStatus.parse(change.statusBefore()),
                TextList.split(change.successorsBefore()));
    if (change.kind().equals(ChangeKind.MOVED.code())) {
      for (var move : moves.findByChangeIds(new Long[] {change.id()})) {
        if (move.recordId().equals(organization.id())) {
          before = before.withParent(move.fromId());
        }
      }
    }
    return before;
  }
}
