package dev.directory.core.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.contact.Email;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.Edits;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.importing.ImportFailedException;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonField;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions that outlive their holders, on the seed. */
@MicronautTest(startApplication = false, transactional = false)
class PositionsTest {

  @Inject CsvImporter importer;
  @Inject Positions positions;
  @Inject People people;
  @Inject Edits edits;
  @Inject AuditLog audit;

  @TempDir Path dir;

  @BeforeEach
  void importTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void theSeedsPressContactIsAPositionHeldBySebastianMathewsWithItsMailbox() {
    Position press = positions.find("iom-chile-press-contact").orElseThrow();

    assertEquals("Press contact, IOM Chile", press.title());
    assertTrue(press.pressContact());
    assertEquals(
        List.of("iomsantiagopress@iom.int"), press.emails().stream().map(Email::address).toList());
    assertEquals(List.of("sebastian-mathews"), press.holdersOn(LocalDate.of(2026, 12, 3)));
    assertTrue(
        positions.heldBy("sebastian-mathews").stream()
            .anyMatch(p -> p.id().equals("iom-chile-press-contact")));
  }

  @Test
  void knowsWhoHeldAPositionOnADateHeldByTwoAtOnceOrByNone() throws Exception {
    people("test-holder-one", "test-holder-two");
    positions(
        "test-shared-post,Test Shared Post,iom-chile,"
            + "test-holder-one from 2020-01-01 to 2021-12-31; test-holder-two from 2021-06-01\n"
            + "test-vacant-post,Test Vacant Post,iom-chile,\n");

    Position shared = positions.find("test-shared-post").orElseThrow();
    assertEquals(List.of("test-holder-one"), shared.holdersOn(LocalDate.of(2020, 3, 1)));
    assertEquals(
        List.of("test-holder-one", "test-holder-two"),
        shared.holdersOn(LocalDate.of(2021, 7, 1)),
        "two at once");
    assertEquals(List.of("test-holder-two"), shared.holdersOn(LocalDate.of(2022, 1, 1)));
    assertEquals(List.of(), shared.holdersOn(LocalDate.of(2019, 1, 1)));
    assertEquals(
        List.of(), positions.find("test-vacant-post").orElseThrow().holdersOn(LocalDate.now()));
  }

  @Test
  void refusesAHoldingThatEndsBeforeItStartsAndAnUnknownHolder() throws Exception {
    people("test-holder-three");

    ImportFailedException refused =
        assertThrows(
            ImportFailedException.class,
            () ->
                positions(
                    "test-backwards-post,Test Backwards Post,iom-chile,"
                        + "test-holder-three from 2022-05-01 to 2021-05-01\n"
                        + "test-unknown-post,Test Unknown Post,iom-chile,test-nobody-such\n"));

    assertEquals(
        List.of(
            "positions.csv:2:holders: ends (2021-05-01) before it starts (2022-05-01)",
            "positions.csv:3:holders: no person has the id “test-nobody-such”"),
        refused.problems().stream().map(Object::toString).toList());
    assertTrue(positions.find("test-backwards-post").isEmpty(), "nothing written");
  }

  @Test
  void endingAHoldingKeepsItInTheHistoryAndLeavesThePositionVacant() throws Exception {
    people("test-leaver");
    positions("test-left-post,Test Left Post,iom-chile,test-leaver from 2023-01-01\n");
    long version = positions.version("test-left-post").orElseThrow();

    Position left =
        edits.endHolding(
            "test-left-post", version, "test-leaver", LocalDate.of(2025, 6, 30), "editor");

    assertEquals(
        List.of(new Holding("test-leaver", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30))),
        left.holders());
    assertEquals(List.of(), left.holdersOn(LocalDate.of(2025, 7, 1)), "vacant since");
    List<RecordChange> history = audit.history(RecordKind.POSITION, "test-left-post");
    assertEquals(
        "test-leaver from 2023-01-01 to 2025-06-30",
        history.get(history.size() - 1).fields().stream()
            .filter(f -> f.field().equals("holders"))
            .findFirst()
            .orElseThrow()
            .after());
    assertThrows(
        Refused.class,
        () ->
            edits.endHolding(
                "test-left-post", version + 1, "test-leaver", LocalDate.of(2025, 7, 1), "editor"),
        "no longer holds it");
    assertThrows(
        EditConflict.class,
        () ->
            edits.deletePerson(
                "test-leaver", people.version("test-leaver").orElseThrow(), "editor"),
        "a person who held a position stays in its history");
  }

  @Test
  void refusesAPositionWithAPersonsIdAndAPersonWithAPositionsId() throws Exception {
    ImportFailedException refused =
        assertThrows(
            ImportFailedException.class,
            () -> positions("sebastian-mathews,Test Clashing Post,iom-chile,\n"));
    assertEquals(
        List.of("positions.csv:2:id: “sebastian-mathews” is taken; choose another id"),
        refused.problems().stream().map(Object::toString).toList());

    Map<String, String> fields = new HashMap<>();
    fields.put("id", "iom-chile-press-contact");
    fields.put("given_name", "Test");
    fields.put("family_name", "Clash");
    fields.put("organization_id", "iom-chile");
    Refused taken =
        assertThrows(
            Refused.class, () -> edits.createPerson(PersonField.draft(fields).draft(), "editor"));
    assertEquals("id.taken", taken.problems().get(0).code());
  }

  private void people(String... ids) throws Exception {
    StringBuilder csv = new StringBuilder("id,given_name,family_name,organization_id\n");
    for (String id : ids) {
      csv.append(id).append(",Test,").append(id.replace("test-", "")).append(",iom-chile\n");
    }
    Files.writeString(dir.resolve("people.csv"), csv);
    importer.importFrom(dir);
    Files.delete(dir.resolve("people.csv"));
  }

  private void positions(String rows) throws Exception {
    Files.writeString(dir.resolve("positions.csv"), "id,title,organization_id,holders\n" + rows);
    try {
      importer.importFrom(dir);
    } finally {
      Files.delete(dir.resolve("positions.csv"));
    }
  }
}
