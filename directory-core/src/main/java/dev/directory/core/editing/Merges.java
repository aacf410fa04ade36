package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.inquiry.Inquiries;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Cells;
import dev.directory.core.record.Field;
import dev.directory.core.record.Known;
import dev.directory.core.record.OrganizationCheck;
import dev.directory.core.record.OrganizationField;
import dev.directory.core.record.PersonCheck;
import dev.directory.core.record.PersonField;
import dev.directory.core.record.StoredRecords;
import dev.directory.core.steward.OutdatedReports;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

  /** Which record's value a field keeps. */
  public enum Choice {
    THIS,
    OTHER
  }

  private static final Set<String> PERSON_LISTS =
      Set.of("roles", "emails", "phones", "languages", "topics");
  private static final Set<String> ORGANIZATION_LISTS = Set.of("aliases", "topics");

  private final Edits edits;
  private final People people;
  private final Organizations organizations;
  private final OfficeMerge officeMerge;
  private final Positions positions;
  private final Engagements engagements;
  private final Inquiries inquiries;
  private final StoredRecords stored;
  private final MergedRecords merged;
  private final AuditLog audit;
  private final OutdatedReports reports;
  private final Writes writes;

  Merges(
      Edits edits,
      People people,
      Organizations organizations,
      OfficeMerge officeMerge,
      Positions positions,
      Engagements engagements,
      Inquiries inquiries,
      StoredRecords stored,
      MergedRecords merged,
      AuditLog audit,
      OutdatedReports reports,
      Writes writes) {
    this.reports = reports;
    this.audit = audit;
    this.edits = edits;
    this.people = people;
    this.organizations = organizations;
    this.officeMerge = officeMerge;
    this.positions = positions;
    this.engagements = engagements;
    this.inquiries = inquiries;
    this.stored = stored;
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
    refuseSelf(id, other);
    Map<String, Choice> chosen = choices(choices, PersonField.values());
    return writes.inTransaction(
        () -> {
          lockBoth(RecordKind.PERSON, id, version, other, otherVersion);
          Person staying = people.find(id).orElseThrow();
          Person going = people.find(other).orElseThrow();
          Map<String, String> cells =
              merge(Cells.of(staying), Cells.of(going), chosen, PERSON_LISTS);
          Person result = PersonCheck.check(Cells.person(cells).orRefuse(), stored).orRefuse();
          List<MergedRecords.Moved> moved = new ArrayList<>();
          for (Engagement engagement : engagements.naming(other)) {
            boolean both = engagement.personIds().contains(id);
            moved.add(new MergedRecords.Moved("engagement", engagement.id(), both));
            engagements.save(withPerson(engagement, other, id, false));
          }
          inquiries
              .idsTo(other)
              .forEach(i -> moved.add(new MergedRecords.Moved("inquiry", i, false)));
          inquiries.moveContact(other, id);
          moved.addAll(moveHoldings(other, id, actor));
          people.save(result, actor);
          people.delete(other, actor);
          audit.markMerge(RecordKind.PERSON, id, people.version(id).orElseThrow());
          audit.markMerge(RecordKind.PERSON, other, otherVersion + 1);
          audit
              .moveHistory(RecordKind.PERSON, other, id)
              .forEach(change -> moved.add(new MergedRecords.Moved("history", "" + change, false)));
          reports.move(RecordKind.PERSON, other, id);
          merged.add(
              RecordKind.PERSON,
              new MergedRecords.Merge(
                  other,
                  id,
                  people.version(id).orElseThrow(),
                  Cells.of(staying),
                  Cells.of(going),
                  moved),
              actor);
          return result;
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
    refuseSelf(id, other);
    Map<String, Choice> chosen = choices(choices, OrganizationField.values());
    return writes.inTransaction(
        () -> {
          lockBoth(RecordKind.ORGANIZATION, id, version, other, otherVersion);
          Organization staying = organizations.find(id).orElseThrow();
          Organization going = organizations.find(other).orElseThrow();
          Map<String, String> cells =
              merge(Cells.of(staying), Cells.of(going), chosen, ORGANIZATION_LISTS);
          if (other.equals(cells.get("parent_id")) || id.equals(cells.get("parent_id"))) {
            throw Refused.of("parent_id", ProblemCode.PARENT_SELF);
          }
          Organization result =
              OrganizationCheck.check(
                      Cells.organization(cells).orRefuse(), new AfterMerge(stored, other, id))
                  .orRefuse();
          List<MergedRecords.Moved> moved = new ArrayList<>();
          organizations.save(result, actor);
          for (Organization child : organizations.children(other)) {
            moved.add(new MergedRecords.Moved("child", child.id(), false));
            organizations.save(withParent(child, id), actor);
          }
          for (Position position : positions.inOrganization(other)) {
            moved.add(new MergedRecords.Moved("position", position.id(), false));
            positions.save(position.withOrganization(id), actor);
          }
          for (Person person : people.inOrganization(other)) {
            moved.add(new MergedRecords.Moved("person", person.id(), false));
            people.save(withOrganization(person, id), actor);
          }
          moved.addAll(officeMerge.move(id, other));
          for (Engagement engagement : engagements.involving(other)) {
            boolean both = engagement.organizationIds().contains(id);
            moved.add(new MergedRecords.Moved("engagement", engagement.id(), both));
            engagements.save(withOrganization(engagement, other, id, false));
          }
          inquiries
              .idsFor(other)
              .forEach(i -> moved.add(new MergedRecords.Moved("inquiry", i, false)));
          inquiries.moveOffice(other, id);
          organizations.delete(other, actor);
          audit.markMerge(RecordKind.ORGANIZATION, id, organizations.version(id).orElseThrow());
          audit.markMerge(RecordKind.ORGANIZATION, other, otherVersion + 1);
          audit
              .moveHistory(RecordKind.ORGANIZATION, other, id)
              .forEach(change -> moved.add(new MergedRecords.Moved("history", "" + change, false)));
          reports.move(RecordKind.ORGANIZATION, other, id);
          merged.add(
              RecordKind.ORGANIZATION,
              new MergedRecords.Merge(
                  other,
                  id,
                  organizations.version(id).orElseThrow(),
                  Cells.of(staying),
                  Cells.of(going),
                  moved),
              actor);
          return result;
        });
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
    return writes.inTransaction(
        () -> {
          MergedRecords.Merge merge = undoable(RecordKind.PERSON, from);
          refuseTaken(people.exists(from), from);
          audit.moveBack(history(merge), from);
          Person restored =
              PersonCheck.check(Cells.person(merge.fromCells()).orRefuse(), stored).orRefuse();
          Person before =
              PersonCheck.check(Cells.person(merge.intoCells()).orRefuse(), stored).orRefuse();
          people.save(restored, actor);
          people.save(before, actor);
          for (MergedRecords.Moved moved : merge.moved()) {
            switch (moved.what()) {
              case "engagement" ->
                  engagements
                      .find(moved.id())
                      .ifPresent(
                          e -> engagements.save(withPerson(e, merge.into(), from, moved.both())));
              case "inquiry" -> inquiries.moveContactOf(moved.id(), merge.into(), from);
              case "holding" -> moveHoldingBack(moved, from, actor);
              default -> {}
            }
          }
          merged.remove(RecordKind.PERSON, from);
          return restored;
        });
  }

  /**
   * Undoes the merge that took organisation {@code from} away, as {@link #undoPeople} does, with
   * the mission offices it changed.
   *
   * @throws Refused also when one of those offices has changed since
   */
  public Organization undoOrganizations(String from, String actor) {
    return writes.inTransaction(
        () -> {
          MergedRecords.Merge merge = undoable(RecordKind.ORGANIZATION, from);
          refuseTaken(organizations.exists(from), from);
          audit.moveBack(history(merge), from);
          Organization restored =
              OrganizationCheck.check(Cells.organization(merge.fromCells()).orRefuse(), stored)
                  .orRefuse();
          Organization before =
              OrganizationCheck.check(Cells.organization(merge.intoCells()).orRefuse(), stored)
                  .orRefuse();
          organizations.save(restored, actor);
          organizations.save(before, actor);
          officeMerge.undo(from, merge.into(), merge.moved());
          for (MergedRecords.Moved moved : merge.moved()) {
            switch (moved.what()) {
              case "child" ->
                  organizations
                      .find(moved.id())
                      .ifPresent(child -> organizations.save(withParent(child, from), actor));
              case "person" ->
                  people
                      .find(moved.id())
                      .ifPresent(person -> people.save(withOrganization(person, from), actor));
              case "engagement" ->
                  engagements
                      .find(moved.id())
                      .ifPresent(
                          e ->
                              engagements.save(
                                  withOrganization(e, merge.into(), from, moved.both())));
              case "inquiry" -> inquiries.moveOfficeOf(moved.id(), merge.into(), from);
              case "position" ->
                  positions
                      .find(moved.id())
                      .ifPresent(p -> positions.save(p.withOrganization(from), actor));
              default -> {}
            }
          }
          merged.remove(RecordKind.ORGANIZATION, from);
          return restored;
        });
  }

  /** Hands the positions {@code from} held to {@code to}; a move for each holding handed over. */
  private List<MergedRecords.Moved> moveHoldings(String from, String to, String actor) {
    List<MergedRecords.Moved> moved = new ArrayList<>();
    for (Position position : positions.heldBy(from)) {
      List<Holding> holdings = new ArrayList<>(position.holders());
      for (int i = 0; i < holdings.size(); i++) {
        Holding h = holdings.get(i);
        if (h.personId().equals(from)) {
          holdings.set(i, new Holding(to, h.start(), h.end()));
          moved.add(new MergedRecords.Moved("holding", position.id(), false, "" + i));
        }
      }
      positions.save(position.withHolders(holdings), actor);
    }
    return moved;
  }

  /** Gives a holding the merge handed over back to {@code from}, if it is still where it was. */
  private void moveHoldingBack(MergedRecords.Moved moved, String from, String actor) {
    positions
        .find(moved.id())
        .ifPresent(
            position -> {
              int at = Integer.parseInt(moved.detail());
              if (at < position.holders().size()) {
                List<Holding> holdings = new ArrayList<>(position.holders());
                Holding h = holdings.get(at);
                holdings.set(at, new Holding(from, h.start(), h.end()));
                positions.save(position.withHolders(holdings), actor);
              }
            });
  }

  /** The merge of {@code from}, while the one that stayed is as the merge left it (row locked). */
  private MergedRecords.Merge undoable(RecordKind kind, String from) {
    MergedRecords.Merge merge =
        merged.find(kind, from).orElseThrow(() -> NotFound.of(ProblemCode.MERGE_NOT_FOUND, from));
    edits.checkVersion(kind, merge.into(), merge.intoVersion());
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

  /** The cells of the merged record: the chosen record's, lists united unless one is chosen. */
  static Map<String, String> merge(
      Map<String, String> staying,
      Map<String, String> going,
      Map<String, Choice> chosen,
      Set<String> lists) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : staying.entrySet()) {
      String column = entry.getKey();
      String mine = entry.getValue();
      String theirs = going.get(column);
      Choice choice = chosen.get(column);
      String value;
      if (column.equals("id")) {
        value = mine;
      } else if (choice == Choice.OTHER) {
        value = theirs;
      } else if (choice == Choice.THIS) {
        value = mine;
      } else if (lists.contains(column)) {
        Set<String> united = new LinkedHashSet<>(Cells.items(mine));
        united.addAll(Cells.items(theirs));
        value = String.join("; ", united);
      } else {
        value = mine == null || mine.isBlank() ? theirs : mine;
      }
      cells.put(column, value);
    }
    return cells;
  }

  /** The choices by CSV column, from the API's names or the columns themselves. */
  private static Map<String, Choice> choices(Map<String, String> given, Field[] fields) {
    Map<String, Choice> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      Field field =
          Arrays.stream(fields)
              .filter(f -> f.json().equals(entry.getKey()) || f.column().equals(entry.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      Refused.of(
                          "choices",
                          ProblemCode.FIELD_UNKNOWN,
                          entry.getKey(),
                          Arrays.stream(fields)
                              .map(Field::json)
                              .filter(name -> !name.equals("id"))
                              .collect(Collectors.joining(", "))));
      String value = entry.getValue() == null ? "" : entry.getValue().strip();
      if (!value.equals("this") && !value.equals("other")) {
        throw Refused.of(
            "choices." + entry.getKey(),
            ProblemCode.CHOICE_INVALID,
            value,
            "a choice",
            "this, other");
      }
      chosen.put(field.column(), value.equals("this") ? Choice.THIS : Choice.OTHER);
    }
    return chosen;
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
    edits.checkVersion(kind, first ? id : other, first ? version : otherVersion);
    edits.checkVersion(kind, first ? other : id, first ? otherVersion : version);
  }

  /**
   * The engagement with {@code from} back as {@code to}; {@code from} stays if it was there too.
   */
  private static Engagement withPerson(Engagement e, String from, String to, boolean both) {
    List<String> ids = both ? add(e.personIds(), to) : replace(e.personIds(), from, to);
    return e.withPeople(ids);
  }

  private static Engagement withOrganization(Engagement e, String from, String to, boolean both) {
    List<String> ids = both ? add(e.organizationIds(), to) : replace(e.organizationIds(), from, to);
    return e.withOrganizations(ids);
  }

  private static List<String> add(List<String> ids, String id) {
    Set<String> added = new LinkedHashSet<>(ids);
    added.add(id);
    return new ArrayList<>(added);
  }

  private static List<String> replace(List<String> ids, String from, String to) {
    Set<String> replaced = new LinkedHashSet<>();
    ids.forEach(id -> replaced.add(id.equals(from) ? to : id));
    return new ArrayList<>(replaced);
  }

  private static Organization withParent(Organization o, String parent) {
    return new Organization(
        o.id(),
        o.kind(),
        o.name(),
        o.localName(),
        o.aliases(),
        parent,
        o.country(),
        o.region(),
        o.city(),
        o.website(),
        o.phone(),
        o.email(),
        o.topicIds(),
        o.notes());
  }

  private static Person withOrganization(Person p, String organization) {
    return new Person(
        p.id(),
        p.givenName(),
        p.familyName(),
        p.jobTitle(),
        organization,
        p.roles(),
        p.emails(),
        p.phones(),
        p.languages(),
        p.topicIds(),
        p.pressContact(),
        p.visibility(),
        p.notes());
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
