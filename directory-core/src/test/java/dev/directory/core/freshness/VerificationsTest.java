package dev.directory.core.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.EditConflict;
import dev.directory.core.editing.Edits;
import dev.directory.core.editing.Stewarding;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.person.People;
import dev.directory.core.problem.NotFound;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When records were last found true, on the seed. */
@MicronautTest(startApplication = false, transactional = false)
class VerificationsTest {

  @Inject CsvImporter importer;
  @Inject Verifications verifications;
  @Inject Edits edits;
  @Inject Stewarding stewarding;
  @Inject People people;
  @Inject AuditLog audit;

  @BeforeEach
  void importTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void aRecordTheImportWroteIsVerifiedFromItsSource() {
    Verification imported =
        verifications.find(RecordKind.POSITION, "iom-chile-press-contact").orElseThrow();

    assertEquals(VerifiedHow.SOURCE, imported.how());
    assertEquals("import", imported.by());
  }

  @Test
  void verifyingChangesNothingElseAndIsInTheHistory() {
    long version = people.version("norberto-giron").orElseThrow();

    stewarding.verify(RecordKind.PERSON, "norberto-giron", version, VerifiedHow.PHONE, "editor");

    assertEquals(version, people.version("norberto-giron").orElseThrow(), "the same version");
    Verification now = verifications.find(RecordKind.PERSON, "norberto-giron").orElseThrow();
    assertEquals(new Verification(LocalDate.now(ZoneOffset.UTC), "editor", VerifiedHow.PHONE), now);
    List<RecordChange> history = audit.history(RecordKind.PERSON, "norberto-giron");
    RecordChange last = history.get(history.size() - 1);
    assertEquals(RecordChange.Action.VERIFY, last.action());
    assertEquals("editor", last.actor());
    assertEquals(now.toString(), last.fields().get(0).after());
  }

  @Test
  void refusesToVerifyAStaleVersionOrARecordThatIsNotThere() {
    long version = people.version("norberto-giron").orElseThrow();

    assertThrows(
        EditConflict.class,
        () ->
            stewarding.verify(
                RecordKind.PERSON, "norberto-giron", version + 7, VerifiedHow.EMAIL, "editor"));
    assertThrows(
        NotFound.class,
        () -> stewarding.verify(RecordKind.PERSON, "test-nobody", 1, VerifiedHow.EMAIL, "editor"));
  }

  @Test
  void isStaleOnceOlderThanTheSetting() {
    LocalDate today = LocalDate.of(2026, 12, 3);
    Verification lastYear =
        new Verification(LocalDate.of(2025, 12, 2), "editor", VerifiedHow.EMAIL);
    Verification thisYear =
        new Verification(LocalDate.of(2025, 12, 3), "editor", VerifiedHow.EMAIL);

    assertTrue(lastYear.staleOn(today, 12));
    assertFalse(thisYear.staleOn(today, 12));
  }
}
