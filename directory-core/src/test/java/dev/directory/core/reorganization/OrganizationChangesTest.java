package dev.directory.core.reorganization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.Writes;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import dev.directory.core.reorganization.ChangeRequest.Successor;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of organisation change, its undo, and the organisation as it was on a day, on the
 * database the tests run on (H2, or PostgreSQL in CI). Each test makes organisations of its own,
 * with clearly invented names.
 */
@MicronautTest(startApplication = false, transactional = false)
class OrganizationChangesTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final LocalDate MARCH = LocalDate.parse("2025-03-01");
  private static final LocalDate JUNE = LocalDate.parse("2025-06-01");

  @Inject CsvImporter importer;
  @Inject OrganizationChanges changes;
  @Inject OnADay onADay;
  @Inject ChangeHistory history;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Positions positions;
  @Inject Writes writes;

  private String prefix;

  @BeforeEach
  void importTheSeedAndNameThisTestsRecords() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    prefix = "t" + NEXT.incrementAndGet() + "-";
  }

  @Test
  void aRenamingKeepsTheFormerNameAndTheDayBeforeShowsIt() {
    Organization agency = organization("agency", "Example Agency", null);

    record(agency, "renamed", MARCH, Map.of("name", "Example Service"));

    Organization renamed = organizations.find(agency.id()).orElseThrow();
    assertEquals("Example Service", renamed.name());
    assertEquals(List.of("Example Agency"), renamed.formerNames());
    assertEquals("Example Agency", onADay.organization(agency.id(), MARCH.minusDays(1)).name());
    assertEquals("Example Service", onADay.organization(agency.id(), MARCH).name());
    assertEquals(List.of(), onADay.organization(agency.id(), MARCH.minusDays(1)).formerNames());
  }

  @Test
  void aMoveChangesTheParentFromItsDayAndTheParentsUnitsOnEachDay() {
    Organization first = organization("first", "Example First Ministry", null);
    Organization second = organization("second", "Example Second Ministry", null);
    Organization unit = organization("unit", "Example Unit", first.id());

    record(unit, "moved", MARCH, Map.of("parent", second.id()));

    assertEquals(second.id(), organizations.find(unit.id()).orElseThrow().parentId());
    assertEquals(first.id(), onADay.organization(unit.id(), MARCH.minusDays(1)).parentId());
    assertEquals(List.of(unit.id()), childIds(first, MARCH.minusDays(1)));
    assertEquals(List.of(), childIds(second, MARCH.minusDays(1)));
    assertEquals(List.of(), childIds(first, MARCH));
    assertEquals(List.of(unit.id()), childIds(second, MARCH));
  }

  @Test
  void aMergeHandsUnitsPeopleAndPositionsToTheOtherFromItsDay() {
    Organization merged = organization("merged", "Example Merged Agency", null);
    Organization into = organization("into", "Example Receiving Agency", null);
    Organization unit = organization("unit", "Example Unit", merged.id());
    Person person = person("person", merged.id());
    Position position = position("head", "Example Head of Agency", merged.id(), person.id());

    record(merged, "merged", JUNE, Map.of("into", into.id()));

    Organization closed = organizations.find(merged.id()).orElseThrow();
    assertEquals(OrganizationStatus.CLOSED, closed.status());
    assertEquals(List.of(into.id()), closed.successorIds());
    assertEquals(into.id(), organizations.find(unit.id()).orElseThrow().parentId());
    assertEquals(into.id(), people.find(person.id()).orElseThrow().organizationId());
    assertEquals(into.id(), positions.find(position.id()).orElseThrow().organizationId());

    LocalDate before = JUNE.minusDays(1);
    assertEquals(OrganizationStatus.ACTIVE, onADay.organization(merged.id(), before).status());
    assertEquals(List.of(unit.id()), childIds(merged, before));
    assertEquals(
        List.of(person.id()), onADay.people(merged.id(), before).stream().map(Person::id).toList());
    assertEquals(
        List.of(position.id()),
        onADay.positions(List.of(merged.id()), before).get(merged.id()).stream()
            .map(Position::id)
            .toList());
    assertEquals(List.of(), childIds(into, before));
    assertEquals(List.of(unit.id()), childIds(into, JUNE));
  }

  @Test
  void aSplitNeedsAPlaceForEveryRecordAndCreatesTheNewSuccessors() {
    Organization whole = organization("whole", "Example Whole Agency", null);
    Organization unit = organization("unit", "Example Unit", whole.id());
    Person person = person("person", whole.id());
    String north = prefix + "north";
    String south = prefix + "south";
    List<Successor> successors =
        List.of(
            new Successor(north, "Example North Agency"), new Successor(south, "Example South"));

    Refused unplaced =
        assertThrows(
            Refused.class,
            () ->
                changes.record(
                    whole.id(),
                    request(
                        "split",
                        JUNE,
                        version(whole),
                        Map.of(),
                        successors,
                        Map.of(unit.id(), north)),
                    "test",
                    change -> change));
    assertEquals(
        List.of("moves." + person.id()), unplaced.problems().stream().map(Problem::field).toList());
    assertFalse(organizations.exists(north), "nothing half-written");

    changes.record(
        whole.id(),
        request(
            "split",
            JUNE,
            version(whole),
            Map.of(),
            successors,
            Map.of(unit.id(), north, person.id(), south)),
        "test",
        change -> change);

    assertEquals("Example North Agency", organizations.find(north).orElseThrow().name());
    assertEquals(north, organizations.find(unit.id()).orElseThrow().parentId());
    assertEquals(south, people.find(person.id()).orElseThrow().organizationId());
    assertEquals(
        List.of(north, south), organizations.find(whole.id()).orElseThrow().successorIds());
    NotFound notYet =
        assertThrows(NotFound.class, () -> onADay.organization(north, JUNE.minusDays(1)));
    assertTrue(notYet.getMessage().contains("did not exist yet"), notYet.getMessage());
  }

  @Test
  void anUndoPutsEverythingBackAndRemovesWhatASplitCreated() {
    Organization whole = organization("whole", "Example Whole Agency", null);
    Person person = person("person", whole.id());
    String east = prefix + "east";
    String west = prefix + "west";
    OrganizationChange split =
        changes.record(
            whole.id(),
            request(
                "split",
                JUNE,
                version(whole),
                Map.of(),
                List.of(new Successor(east, "Example East"), new Successor(west, "Example West")),
                Map.of(person.id(), east)),
            "test",
            change -> change);

    changes.undo(whole.id(), split.id(), "test", undone -> undone);

    Organization back = organizations.find(whole.id()).orElseThrow();
    assertEquals(OrganizationStatus.ACTIVE, back.status());
    assertEquals(List.of(), back.successorIds());
    assertEquals(whole.id(), people.find(person.id()).orElseThrow().organizationId());
    assertFalse(organizations.exists(east));
    assertEquals(List.of(), history.of(whole.id()));
  }

  @Test
  void onlyTheLastChangeIsUndoneAndNotOnceAMovedRecordChanged() {
    Organization merged = organization("merged", "Example Merged Agency", null);
    Organization into = organization("into", "Example Receiving Agency", null);
    Person person = person("person", merged.id());
    OrganizationChange renaming =
        record(merged, "renamed", MARCH, Map.of("name", "Example Agency"));
    OrganizationChange merge = record(merged, "merged", JUNE, Map.of("into", into.id()));

    EditConflict notLast =
        assertThrows(
            EditConflict.class, () -> changes.undo(merged.id(), renaming.id(), "test", o -> o));
    assertTrue(notLast.getMessage().contains("only the last change"), notLast.getMessage());

    writes.run(
        () ->
            people.save(
                people.find(person.id()).orElseThrow().withOrganization(merged.id()), "editor"));
    EditConflict edited =
        assertThrows(
            EditConflict.class, () -> changes.undo(merged.id(), merge.id(), "test", o -> o));
    assertTrue(edited.getMessage().contains("was edited after this change"), edited.getMessage());
    assertEquals(OrganizationStatus.CLOSED, organizations.find(merged.id()).orElseThrow().status());
  }

  @Test
  void refusesChangesThatMakeNoSense() {
    Organization top = organization("top", "Example Top", null);
    Organization below = organization("below", "Example Below", top.id());

    assertRefused("parent", () -> record(top, "moved", MARCH, Map.of("parent", below.id())));
    assertRefused(
        "date",
        () -> record(top, "renamed", LocalDate.now().plusDays(2), Map.of("name", "Example Later")));
    assertRefused("kind", () -> record(top, "vanished", MARCH, Map.of()));
    assertRefused("name", () -> record(top, "renamed", MARCH, Map.of("name", "Example Top")));
    assertRefused("into", () -> record(top, "merged", MARCH, Map.of("into", below.id())));
    // headquarters answers for every country and falls back to no other office
    Organization headquarters = organizations.find("iom").orElseThrow();
    Refused office = assertRefused("kind", () -> record(headquarters, "closed", MARCH, Map.of()));
    assertTrue(office.getMessage().contains("still answers press inquiries"), office.getMessage());

    record(top, "renamed", JUNE, Map.of("name", "Example Renamed Top"));
    assertRefused("date", () -> record(top, "renamed", MARCH, Map.of("name", "Example Earlier")));
    record(top, "closed", JUNE, Map.of());
    assertRefused("kind", () -> record(top, "renamed", JUNE, Map.of("name", "Example Reopened")));
  }

  private Refused assertRefused(String field, Runnable change) {
    Refused refused = assertThrows(Refused.class, change::run);
    assertEquals(field, refused.problems().get(0).field(), refused.getMessage());
    return refused;
  }

  private OrganizationChange record(
      Organization organization, String kind, LocalDate date, Map<String, String> fields) {
    return changes.record(
        organization.id(),
        request(kind, date, version(organization), fields, List.of(), Map.of()),
        "test",
        change -> change);
  }

  private static ChangeRequest request(
      String kind,
      LocalDate date,
      long version,
      Map<String, String> fields,
      List<Successor> successors,
      Map<String, String> moves) {
    return new ChangeRequest(
        kind,
        date.toString(),
        version,
        fields.get("name"),
        fields.get("localName"),
        fields.get("parent"),
        fields.get("into"),
        successors,
        moves);
  }

  private long version(Organization organization) {
    return organizations.version(organization.id()).orElseThrow();
  }

  private List<String> childIds(Organization parent, LocalDate day) {
    return onADay.children(List.of(parent.id()), day).getOrDefault(parent.id(), List.of()).stream()
        .map(Organization::id)
        .toList();
  }

  private Organization organization(String id, String name, String parent) {
    Organization organization =
        new Organization(
            prefix + id,
            parent == null ? OrganizationKind.MINISTRY : OrganizationKind.DEPARTMENT,
            name,
            null,
            List.of(),
            parent,
            "CL",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            OrganizationStatus.ACTIVE,
            List.of(),
            List.of());
    writes.run(() -> organizations.save(organization, "test"));
    return organization;
  }

  private Person person(String id, String organizationId) {
    Person person =
        new Person(
            prefix + id,
            "Example",
            "Person",
            null,
            organizationId,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            false,
            Visibility.INTERNAL,
            null);
    writes.run(() -> people.save(person, "test"));
    return person;
  }

  private Position position(String id, String title, String organizationId, String holder) {
    Position position =
        new Position(
            prefix + id,
            title,
            organizationId,
            false,
            List.of(),
            List.of(),
            List.of(new Holding(holder, LocalDate.parse("2024-01-01"), null)),
            null);
    writes.run(() -> positions.save(position, "test"));
    return position;
  }
}
