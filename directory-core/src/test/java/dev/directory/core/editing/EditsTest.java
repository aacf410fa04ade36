package dev.directory.core.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonDraft;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class EditsTest {

  @Inject CsvImporter importer;
  @Inject Edits edits;
  @Inject People people;
  @Inject AuditLog audit;

  @BeforeEach
  void importTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void keepsWhoChangedWhichFieldAndCountsTheVersion() {
    long version = people.version("norberto-giron").orElseThrow();

    edits.updatePerson(
        "norberto-giron", version, fields("norberto-giron", "job_title", "Head of Office"), "ana");

    assertEquals(version + 1, people.version("norberto-giron").orElseThrow());
    RecordChange last = last(audit.history(RecordKind.PERSON, "norberto-giron"));
    assertEquals("ana", last.actor());
    assertEquals(RecordChange.Action.UPDATE, last.action());
    assertEquals(
        List.of(new FieldChange("job_title", "Chief of Mission", "Head of Office")), last.fields());
  }

  @Test
  void refusesAnEditMadeOnAnOlderVersionAndSaysWhoChangedWhat() {
    long opened = people.version("sebastian-mathews").orElseThrow();
    edits.updatePerson(
        "sebastian-mathews",
        opened,
        fields("sebastian-mathews", "job_title", "Press officer"),
        "ana");

    EditConflict conflict =
        assertThrows(
            EditConflict.class,
            () ->
                edits.updatePerson(
                    "sebastian-mathews",
                    opened,
                    fields("sebastian-mathews", "job_title", "Spokesperson"),
                    "ben"));

    assertTrue(
        conflict.getMessage().contains("has changed since you opened it"), conflict.getMessage());
    assertTrue(conflict.getMessage().contains("by ana"), conflict.getMessage());
    assertEquals("Press officer", conflict.since().get(0).fields().get(0).after());
    assertEquals("Press officer", people.find("sebastian-mathews").orElseThrow().jobTitle());
  }

  @Test
  void refusesWrongValuesAsTheImportDoesNamingTheField() {
    long version = people.version("sebastian-mathews").orElseThrow();
    PersonDraft wrong = fields("sebastian-mathews", "emails", "work: mathews@; fax: a@example.org");

    Refused refused =
        assertThrows(
            Refused.class, () -> edits.updatePerson("sebastian-mathews", version, wrong, "ana"));

    assertEquals(
        List.of(
            "emails choice.invalid [fax, an e-mail type, work, personal]",
            "emails email.invalid [mathews@]"),
        refused.problems().stream()
            .map(p -> p.field() + " " + p.code() + " " + p.args())
            .sorted()
            .toList());
    assertEquals(version, people.version("sebastian-mathews").orElseThrow(), "nothing was written");
  }

  @Test
  void keepsAnOrganisationWithPeopleUntilTheyAreMoved() {
    EditConflict refused =
        assertThrows(
            EditConflict.class,
            () -> edits.deleteOrganization("ministry-of-internal-affairs", 1, "ana"));

    assertEquals(
        "“ministry-of-internal-affairs” still has 2 departments; move them to another organisation"
            + " first.",
        refused.getMessage());
  }

  @Test
  void deletesAPersonAndKeepsWhatTheyWere() {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", "temporary-contact");
    fields.put("given_name", "Temporary");
    fields.put("family_name", "Contact");
    fields.put("organization_id", "iom-chile");
    edits.createPerson(PersonField.draft(fields).draft(), "ana");

    edits.deletePerson("temporary-contact", 1, "ben");

    assertTrue(people.find("temporary-contact").isEmpty());
    RecordChange deleted = last(audit.history(RecordKind.PERSON, "temporary-contact"));
    assertEquals(RecordChange.Action.DELETE, deleted.action());
    assertEquals("ben", deleted.actor());
    assertTrue(deleted.fields().contains(new FieldChange("given_name", "Temporary", null)));
  }

  /** The stored person with one field changed, as the edit form would give it. */
  private PersonDraft fields(String id, String field, String value) {
    Map<String, String> fields = new HashMap<>(PersonField.cells(people.find(id).orElseThrow()));
    fields.put(field, value);
    return PersonField.draft(fields).draft();
  }

  private static RecordChange last(List<RecordChange> history) {
    return history.get(history.size() - 1);
  }
}
