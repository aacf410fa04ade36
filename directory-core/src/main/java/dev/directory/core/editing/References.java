package dev.directory.core.editing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.inquiry.Inquiries;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * What refers to a person or an organisation, the one list of it: counted when the record is to be
 * deleted, moved to another record when it is merged into it, and moved back when the merge is
 * undone. Call inside a transaction.
 */
@Singleton
record References(
    Organizations organizations,
    People people,
    Positions positions,
    MissionOffices offices,
    OfficeMerge officeMerge,
    Engagements engagements,
    Inquiries inquiries) {

  /** "2 departments", "1 press inquiry": what refers to the record; empty when nothing does. */
  List<String> to(RecordKind kind, String id) {
    List<String> references = new ArrayList<>();
    switch (kind) {
      case ORGANIZATION -> {
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
      }
      case PERSON -> {
        count(references, engagements.countNaming(id), "engagement", "engagements");
        count(references, positions.countHeldBy(id), "position held", "positions held");
        count(references, inquiries.countTo(id), "press inquiry", "press inquiries");
      }
      case POSITION -> {}
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    }
    return references;
  }

  /** Moves what refers to {@code from} to {@code to}; a move for each thing moved, to undo it. */
  List<MergedRecords.Moved> move(RecordKind kind, String from, String to, String actor) {
    List<MergedRecords.Moved> moved = new ArrayList<>();
    switch (kind) {
      case PERSON -> {
        for (Engagement engagement : engagements.naming(from)) {
          boolean both = engagement.personIds().contains(to);
          moved.add(new MergedRecords.Moved("engagement", engagement.id(), both));
          engagements.save(engagement.withPersonMoved(from, to, false));
        }
        inquiries.idsTo(from).forEach(i -> moved.add(new MergedRecords.Moved("inquiry", i, false)));
        inquiries.moveContact(from, to);
        moved.addAll(moveHoldings(from, to, actor));
      }
      case ORGANIZATION -> {
        for (Organization child : organizations.children(from)) {
          moved.add(new MergedRecords.Moved("child", child.id(), false));
          organizations.save(child.withParent(to), actor);
        }
        for (Position position : positions.inOrganization(from)) {
          moved.add(new MergedRecords.Moved("position", position.id(), false));
          positions.save(position.withOrganization(to), actor);
        }
        for (Person person : people.inOrganization(from)) {
          moved.add(new MergedRecords.Moved("person", person.id(), false));
          people.save(person.withOrganization(to), actor);
        }
        moved.addAll(officeMerge.move(to, from));
        for (Engagement engagement : engagements.involving(from)) {
          boolean both = engagement.organizationIds().contains(to);
          moved.add(new MergedRecords.Moved("engagement", engagement.id(), both));
          engagements.save(engagement.withOrganizationMoved(from, to, false));
        }
        inquiries
            .idsFor(from)
            .forEach(i -> moved.add(new MergedRecords.Moved("inquiry", i, false)));
        inquiries.moveOffice(from, to);
      }
      case POSITION, TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    }
    return moved;
  }

  /** Moves back what the merge of {@code from} moved, where it still is. */
  void moveBack(RecordKind kind, MergedRecords.Merge merge, String from, String actor) {
    switch (kind) {
      case PERSON -> {
        for (MergedRecords.Moved moved : merge.moved()) {
          switch (moved.what()) {
            case "engagement" ->
                engagements
                    .find(moved.id())
                    .ifPresent(
                        e -> engagements.save(e.withPersonMoved(merge.into(), from, moved.both())));
            case "inquiry" -> inquiries.moveContactOf(moved.id(), merge.into(), from);
            case "holding" -> moveHoldingBack(moved, from, actor);
            default -> {}
          }
        }
      }
      case ORGANIZATION -> {
        officeMerge.undo(from, merge.into(), merge.moved());
        for (MergedRecords.Moved moved : merge.moved()) {
          switch (moved.what()) {
            case "child" ->
                organizations
                    .find(moved.id())
                    .ifPresent(child -> organizations.save(child.withParent(from), actor));
            case "person" ->
                people
                    .find(moved.id())
                    .ifPresent(person -> people.save(person.withOrganization(from), actor));
            case "engagement" ->
                engagements
                    .find(moved.id())
                    .ifPresent(
                        e ->
                            engagements.save(
                                e.withOrganizationMoved(merge.into(), from, moved.both())));
            case "inquiry" -> inquiries.moveOfficeOf(moved.id(), merge.into(), from);
            case "position" ->
                positions
                    .find(moved.id())
                    .ifPresent(p -> positions.save(p.withOrganization(from), actor));
            default -> {}
          }
        }
      }
      case POSITION, TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    }
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

  /** "2 departments", "1 press inquiry": what still refers to the record, when anything does. */
  private static void count(List<String> references, long count, String one, String many) {
    if (count > 0) {
      references.add(count + " " + (count == 1 ? one : many));
    }
  }
}
