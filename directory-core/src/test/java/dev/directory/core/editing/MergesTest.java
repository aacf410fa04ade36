package dev.directory.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.contact.Email;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merging two entries of one person or organisation, on the seed. */
@MicronautTest(startApplication = false, transactional = false)
class MergesTest {

  @Inject CsvImporter importer;
  @Inject Edits edits;
  @Inject Merges merges;
  @Inject MergeUndo undo;
  @Inject MergedRecords merged;
  @Inject People people;
  @Inject Organizations organizations;
  @Inject AuditLog audit;
  @Inject MissionOffices offices;
  @Inject TransactionOperations<Connection> transactions;

  @BeforeEach
  void importTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void keepsTheChosenFieldsUnitesTheListsAndLeadsTheOtherIdToTheSurvivor() {
    create("test-merge-a", "Test", "Merged", "iom-chile", "work: a@example.org", "");
    create("test-merge-b", "Test", "Merged", "iom-chile", "work: b@example.org", "Press officer");

    Person survivor =
        merges.mergePeople(
            new Merges.Pair(
                "test-merge-a",
                people.version("test-merge-a").orElseThrow(),
                "test-merge-b",
                people.version("test-merge-b").orElseThrow()),
            Map.of(),
            "editor");

    assertEquals(
        List.of("a@example.org", "b@example.org"),
        survivor.emails().stream().map(Email::address).toList(),
        "lists are united");
    assertEquals("Press officer", survivor.jobTitle(), "an empty field takes the other's value");
    assertTrue(people.find("test-merge-b").isEmpty());
    assertEquals("test-merge-a", merged.into(RecordKind.PERSON, "test-merge-b").orElseThrow());
    assertEquals(List.of(), audit.history(RecordKind.PERSON, "test-merge-b"), "handed over");
    List<RecordChange> gone =
        audit.history(RecordKind.PERSON, "test-merge-a").stream()
            .filter(change -> change.action() == RecordChange.Action.MERGE)
            .filter(change -> change.fields().stream().anyMatch(f -> f.after() == null))
            .toList();
    RecordChange last = gone.get(gone.size() - 1);
    assertEquals(RecordChange.Action.MERGE, last.action(), "the history says it was a merge");
    assertTrue(
        last.fields().stream()
            .anyMatch(
                f ->
                    "b@example.org".equals(f.before())
                        || (f.before() != null && f.before().contains("b@example.org"))),
        "with the fields of the record that went");
    List<RecordChange> stayed = audit.history(RecordKind.PERSON, "test-merge-a");
    assertEquals(RecordChange.Action.MERGE, stayed.get(stayed.size() - 1).action());
  }

  @Test
  void takesTheOthersValueWhereChosen() {
    create("test-choice-a", "Test", "Choice", "iom-chile", "work: a@example.org", "Adviser");
    create("test-choice-b", "Test", "Choice", "minsal", "work: b@example.org", "Director");

    Person survivor =
        merges.mergePeople(
            new Merges.Pair(
                "test-choice-a",
                people.version("test-choice-a").orElseThrow(),
                "test-choice-b",
                people.version("test-choice-b").orElseThrow()),
            Map.of("title", "other", "organization", "other", "emails", "this"),
            "editor");

    assertEquals("Director", survivor.jobTitle());
    assertEquals("minsal", survivor.organizationId());
    assertEquals(List.of("a@example.org"), survivor.emails().stream().map(Email::address).toList());
  }

  @Test
  void refusesToMergeARecordIntoItselfAndAnUnknownChoice() {
    long version = people.version("norberto-giron").orElseThrow();
    Refused self =
        assertThrows(
            Refused.class,
            () ->
                merges.mergePeople(
                    new Merges.Pair("norberto-giron", version, "norberto-giron", version),
                    Map.of(),
                    "editor"));
    assertEquals("merge.self", self.problems().get(0).code());

    create("test-unknown-choice", "Test", "Unknown", "iom-chile", "", "");
    Refused choice =
        assertThrows(
            Refused.class,
            () ->
                merges.mergePeople(
                    new Merges.Pair(
                        "norberto-giron",
                        version,
                        "test-unknown-choice",
                        people.version("test-unknown-choice").orElseThrow()),
                    Map.of("colour", "other"),
                    "editor"));
    assertEquals("field.unknown", choice.problems().get(0).code());
  }

  @Test
  void refusesAMergeOnAStaleVersionAndChangesNothing() {
    create("test-stale-a", "Test", "Stale", "iom-chile", "", "");
    create("test-stale-b", "Test", "Stale", "iom-chile", "", "");
    long stale = people.version("test-stale-b").orElseThrow() - 1;

    assertThrows(
        EditConflict.class,
        () ->
            merges.mergePeople(
                new Merges.Pair(
                    "test-stale-a",
                    people.version("test-stale-a").orElseThrow(),
                    "test-stale-b",
                    stale),
                Map.of(),
                "editor"));
    assertTrue(people.find("test-stale-b").isPresent(), "nothing merged");
  }

  @Test
  void movesAnOrganisationsPeopleAndDepartmentsToTheOneThatStays() {
    merges.mergeOrganizations(
        new Merges.Pair(
            "municipal-services-arica",
            organizations.version("municipal-services-arica").orElseThrow(),
            "municipal-services-iquique",
            organizations.version("municipal-services-iquique").orElseThrow()),
        Map.of(),
        "editor");

    assertTrue(organizations.find("municipal-services-iquique").isEmpty());
    assertEquals(
        "municipal-services-arica",
        merged.into(RecordKind.ORGANIZATION, "municipal-services-iquique").orElseThrow());
  }

  @Test
  void refusesAMergeThatWouldMakeAnOrganisationItsOwnAncestor() {
    long parent = organizations.version("ministry-of-internal-affairs").orElseThrow();
    long child = organizations.version("department-for-foreigners-and-migration").orElseThrow();

    Refused loop =
        assertThrows(
            Refused.class,
            () ->
                merges.mergeOrganizations(
                    new Merges.Pair(
                        "department-for-foreigners-and-migration",
                        child,
                        "ministry-of-internal-affairs",
                        parent),
                    Map.of(),
                    "editor"));

    assertEquals("parent.self", loop.problems().get(0).code());
    assertTrue(organizations.find("ministry-of-internal-affairs").isPresent());
  }

  @Test
  void undoesAMergeWhileTheSurvivorIsUnchangedAndNotAfter() {
    create("test-undo-a", "Test", "Undone", "iom-chile", "work: ua@example.org", "");
    create("test-undo-b", "Test", "Undone", "minsal", "work: ub@example.org", "Adviser");
    Person before = people.find("test-undo-a").orElseThrow();
    Person other = people.find("test-undo-b").orElseThrow();
    merge("test-undo-a", "test-undo-b");

    undo.undoPeople("test-undo-b", "editor");

    assertEquals(other, people.find("test-undo-b").orElseThrow(), "back as it was");
    assertEquals(before, people.find("test-undo-a").orElseThrow(), "the survivor as before");
    assertEquals(
        RecordChange.Action.CREATE,
        audit.history(RecordKind.PERSON, "test-undo-b").get(0).action(),
        "its history is its own again");
    assertTrue(merged.into(RecordKind.PERSON, "test-undo-b").isEmpty());

    merge("test-undo-a", "test-undo-b");
    Map<String, String> changed =
        new HashMap<>(PersonField.cells(people.find("test-undo-a").orElseThrow()));
    changed.put("job_title", "Changed since");
    edits.updatePerson(
        "test-undo-a",
        people.version("test-undo-a").orElseThrow(),
        PersonField.draft(changed).draft(),
        "editor");
    assertThrows(EditConflict.class, () -> undo.undoPeople("test-undo-b", "editor"));
  }

  @Test
  void undoesAnOrganisationsMergeWithItsPeople() {
    create("test-undo-member", "Test", "Member", "municipal-services-antofagasta", "", "");
    merges.mergeOrganizations(
        new Merges.Pair(
            "municipal-services-santiago",
            organizations.version("municipal-services-santiago").orElseThrow(),
            "municipal-services-antofagasta",
            organizations.version("municipal-services-antofagasta").orElseThrow()),
        Map.of(),
        "editor");
    assertEquals(
        "municipal-services-santiago",
        people.find("test-undo-member").orElseThrow().organizationId());

    undo.undoOrganizations("municipal-services-antofagasta", "editor");

    assertTrue(organizations.find("municipal-services-antofagasta").isPresent());
    assertEquals(
        "municipal-services-antofagasta",
        people.find("test-undo-member").orElseThrow().organizationId());
  }

  @Test
  void undoesAnOfficesMergeWithItsCoverageAndTheOfficesFallingBackToIt() {
    office("test-office-north", "PE", "iom");
    office("test-office-south", "BO", "iom");
    office("test-office-border", "EC", "test-office-south");

    mergeOrganizations("test-office-north", "test-office-south");

    assertEquals(
        List.of("PE", "BO"),
        offices.find("test-office-north").orElseThrow().coverage(),
        "the office that stays covers what both covered");
    assertEquals(
        "test-office-north", offices.find("test-office-border").orElseThrow().fallbackOfficeId());

    undo.undoOrganizations("test-office-south", "editor");

    assertEquals(List.of("PE"), offices.find("test-office-north").orElseThrow().coverage());
    assertEquals(
        new MissionOffice("test-office-south", false, List.of("BO"), "iom"),
        offices.find("test-office-south").orElseThrow());
    assertEquals(
        "test-office-south", offices.find("test-office-border").orElseThrow().fallbackOfficeId());
  }

  @Test
  void refusesToUndoAnOfficesMergeOnceAnOfficeItChangedHasChanged() {
    organization("test-office-plain", "Test Office Plain");
    office("test-office-east", "CO", "iom");
    office("test-office-west", "VE", "test-office-east");
    mergeOrganizations("test-office-plain", "test-office-east");
    MissionOffice west = offices.find("test-office-west").orElseThrow();
    assertEquals(
        new MissionOffice("test-office-plain", false, List.of("CO"), "iom"),
        offices.find("test-office-plain").orElseThrow(),
        "the one that stays becomes the office");

    transactions.executeWrite(
        status ->
            offices.save(
                new MissionOffice(
                    "test-office-west", false, List.of("VE", "GY"), "test-office-plain")));
    Refused changed =
        assertThrows(Refused.class, () -> undo.undoOrganizations("test-office-east", "editor"));
    assertEquals("merge.offices", changed.problems().get(0).code());
    assertTrue(organizations.find("test-office-east").isEmpty(), "nothing undone");

    transactions.executeWrite(status -> offices.save(west));
    undo.undoOrganizations("test-office-east", "editor");
    assertTrue(offices.find("test-office-plain").isEmpty(), "an office no more");
    assertEquals(
        "test-office-east", offices.find("test-office-west").orElseThrow().fallbackOfficeId());
  }

  private void mergeOrganizations(String id, String other) {
    merges.mergeOrganizations(
        new Merges.Pair(
            id,
            organizations.version(id).orElseThrow(),
            other,
            organizations.version(other).orElseThrow()),
        Map.of(),
        "editor");
  }

  private void office(String id, String country, String fallback) {
    organization(id, "Test Office " + country);
    transactions.executeWrite(
        status -> offices.save(new MissionOffice(id, false, List.of(country), fallback)));
  }

  private void organization(String id, String name) {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("kind", "mission_office");
    fields.put("name", name);
    edits.createOrganization(OrganizationField.draft(fields).draft(), "editor");
  }

  private void merge(String id, String other) {
    merges.mergePeople(
        new Merges.Pair(
            id, people.version(id).orElseThrow(), other, people.version(other).orElseThrow()),
        Map.of(),
        "editor");
  }

  @Test
  void aMergeRacingAnEditOfOneOfItsRecordsEndsWithExactlyOneOfThemDone() throws Exception {
    int pairs = 20;
    for (int i = 0; i < pairs; i++) {
      create(
          "test-race-a-" + i,
          "Test",
          "Racer " + i,
          "iom-chile",
          "work: a" + i + "@example.org",
          "");
      create(
          "test-race-b-" + i,
          "Test",
          "Racer " + i,
          "iom-chile",
          "work: b" + i + "@example.org",
          "");
    }
    ExecutorService pool = Executors.newFixedThreadPool(2 * pairs);
    CyclicBarrier start = new CyclicBarrier(2 * pairs);
    List<Future<Boolean>> merged = new ArrayList<>();
    List<Future<Boolean>> edited = new ArrayList<>();
    try {
      for (int i = 0; i < pairs; i++) {
        String a = "test-race-a-" + i;
        String b = "test-race-b-" + i;
        long versionA = people.version(a).orElseThrow();
        long versionB = people.version(b).orElseThrow();
        String editedId = i % 2 == 0 ? a : b;
        Person before = people.find(editedId).orElseThrow();
        long editedVersion = i % 2 == 0 ? versionA : versionB;
        merged.add(
            pool.submit(
                () -> {
                  start.await();
                  return done(
                      () ->
                          merges.mergePeople(
                              new Merges.Pair(a, versionA, b, versionB), Map.of(), "editor"));
                }));
        edited.add(
            pool.submit(
                () -> {
                  start.await();
                  Map<String, String> cells = new HashMap<>(PersonField.cells(before));
                  cells.put("job_title", "Edited in the race");
                  return done(
                      () ->
                          edits.updatePerson(
                              editedId,
                              editedVersion,
                              PersonField.draft(cells).draft(),
                              "other-editor"));
                }));
      }
      for (int i = 0; i < pairs; i++) {
        boolean mergeDone = merged.get(i).get(60, TimeUnit.SECONDS);
        boolean editDone = edited.get(i).get(60, TimeUnit.SECONDS);
        assertTrue(
            mergeDone ^ editDone, "pair " + i + ": merge " + mergeDone + ", edit " + editDone);
        assertEquals(mergeDone, people.find("test-race-b-" + i).isEmpty(), "pair " + i);
        String editedId = i % 2 == 0 ? "test-race-a-" + i : "test-race-b-" + i;
        if (editDone) {
          assertEquals("Edited in the race", people.find(editedId).orElseThrow().jobTitle());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Whether the write was made: true when it returned, false when it was refused because the other
   * came first (a version that changed, a record that went); anything else fails the test.
   */
  private static boolean done(Runnable write) {
    try {
      write.run();
      return true;
    } catch (EditConflict | NotFound refusedBecauseTheOtherCameFirst) {
      return false;
    }
  }

  private void create(
      String id, String given, String family, String organization, String emails, String title) {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("given_name", given);
    fields.put("family_name", family);
    fields.put("organization_id", organization);
    fields.put("emails", emails);
    fields.put("job_title", title);
    edits.createPerson(PersonField.draft(fields).draft(), "editor");
  }
}
