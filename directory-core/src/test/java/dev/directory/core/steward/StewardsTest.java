package dev.directory.core.steward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.change.RecordKind;
import dev.directory.core.editing.Edits;
import dev.directory.core.editing.Stewarding;
import dev.directory.core.freshness.VerifiedHow;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonDraft;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stewards, reports and the steward's queue, on the seed: IOM Chile covers Chile (CL) and falls
 * back to headquarters (iom), which covers every country.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StewardsTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  /** Everything the seed's import verified today is stale against tomorrow's cutoff. */
  private static final LocalDate EVERYTHING_STALE = TODAY.plusDays(1);

  @Inject CsvImporter importer;
  @Inject Accounts accounts;
  @Inject Stewards stewards;
  @Inject OutdatedReports reports;
  @Inject StewardQueue queue;
  @Inject StewardDigests digests;
  @Inject Edits edits;
  @Inject Stewarding stewarding;
  @Inject People people;
  @Inject Organizations organizations;
  @Inject Positions positions;

  @BeforeAll
  void accounts() {
    Instant now = Instant.now();
    accounts.create("test-chile", "Test Chile Editor", "chile@example.org", Role.EDITOR, null, now);
    accounts.create("test-hq", "Test HQ Editor", "hq@example.org", Role.EDITOR, null, now);
    accounts.create("test-admin", "Test Admin", "admin@example.org", Role.ADMIN, null, now);
    accounts.create("test-viewer", "Test Viewer", null, Role.VIEWER, null, now);
    accounts.create("test-quiet", "Test Quiet Editor", "quiet@example.org", Role.EDITOR, null, now);
  }

  @BeforeEach
  void importTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    stewards.assignOffice("test-chile", "iom-chile");
    stewards.assignOffice("test-hq", "iom");
    stewards.assignOffice("test-viewer", "iom-chile");
    stewards.assignOffice("test-quiet", null);
  }

  @Test
  void theEditorsOfTheOfficeCoveringTheCountryLookAfterItsRecords() {
    assertEquals(List.of("test-chile"), stewards.of(RecordKind.ORGANIZATION, "minsal").stewards());
    assertEquals(
        List.of("test-chile"), stewards.of(RecordKind.PERSON, "norberto-giron").stewards());
    assertEquals(
        List.of("test-chile"),
        stewards.of(RecordKind.POSITION, "iom-chile-press-contact").stewards());
    assertEquals(
        List.of("test-hq"), stewards.of(RecordKind.ORGANIZATION, "lshtm").stewards(), "GB: HQ");
    assertFalse(stewards.of(RecordKind.ORGANIZATION, "minsal").assigned());
  }

  @Test
  void anOfficeWithoutEditorsFallsBackAsRoutingDoesAndAtLastToTheAdmins() {
    stewards.assignOffice("test-chile", null);
    assertEquals(List.of("test-hq"), stewards.of(RecordKind.ORGANIZATION, "minsal").stewards());

    stewards.assignOffice("test-hq", null);
    assertEquals(List.of("test-admin"), stewards.of(RecordKind.ORGANIZATION, "minsal").stewards());
  }

  @Test
  void aRecordMayNameItsOwnStewardButNeverAViewer() {
    assign(RecordKind.ORGANIZATION, "minsal", "test-quiet");
    Stewardship named = stewards.of(RecordKind.ORGANIZATION, "minsal");
    assertEquals(List.of("test-quiet"), named.stewards());
    assertTrue(named.assigned());

    Refused viewer =
        assertThrows(Refused.class, () -> assign(RecordKind.ORGANIZATION, "minsal", "test-viewer"));
    assertEquals(ProblemCode.STEWARD_ROLE.code(), viewer.problems().get(0).code());
    assertThrows(Refused.class, () -> assign(RecordKind.ORGANIZATION, "minsal", "test-nobody"));
    assign(RecordKind.ORGANIZATION, "minsal", null);
    assertEquals(List.of("test-chile"), stewards.of(RecordKind.ORGANIZATION, "minsal").stewards());
  }

  @Test
  void anAccountBelongsOnlyToAMissionOffice() {
    Refused refused =
        assertThrows(Refused.class, () -> stewards.assignOffice("test-chile", "minsal"));
    assertEquals("office", refused.problems().get(0).field());
    assertThrows(NotFound.class, () -> stewards.assignOffice("test-nobody", "iom"));
  }

  @Test
  void aReportWaitsInItsStewardsQueueUntilTheRecordIsVerified() {
    OutdatedReport report =
        reports.file(
            RecordKind.ORGANIZATION, "minsal", "The switchboard has moved.", "test-viewer");

    assertTrue(reportedTo("test-chile").contains(report.id()));
    assertFalse(reportedTo("test-hq").contains(report.id()), "not HQ's: Chile has an editor");

    stewarding.verify(
        RecordKind.ORGANIZATION,
        "minsal",
        organizations.version("minsal").orElseThrow(),
        VerifiedHow.PHONE,
        "test-chile");

    OutdatedReport resolved = reports.find(report.id()).orElseThrow();
    assertEquals("verify", resolved.resolvedBy().action());
    assertEquals("test-chile", resolved.resolvedBy().actor());
    assertFalse(reportedTo("test-chile").contains(report.id()));
  }

  @Test
  void anEditResolvesAReportAndAReportFiledAfterItStaysOpen() {
    OutdatedReport before =
        reports.file(RecordKind.PERSON, "norberto-giron", "Has a new title.", "test-viewer");
    long version = people.version("norberto-giron").orElseThrow();
    edits.updatePerson(
        "norberto-giron", version, withTitle("norberto-giron", "Head of Office"), "test-chile");
    OutdatedReport after =
        reports.file(RecordKind.PERSON, "norberto-giron", "The phone is wrong.", "test-viewer");

    assertEquals("update", reports.find(before.id()).orElseThrow().resolvedBy().action());
    assertNull(reports.find(after.id()).orElseThrow().resolvedBy());
    assertTrue(reportedTo("test-chile").contains(after.id()));

    edits.updatePerson(
        "norberto-giron",
        version + 1,
        withTitle("norberto-giron", "Chief of Mission"),
        "test-chile");
  }

  @Test
  void aReportOnADeletedRecordIsRefusedAndDeletingARecordResolvesItsReports() {
    edits.createPerson(temporary("test-temporary-person"), "test-chile");
    OutdatedReport report =
        reports.file(RecordKind.PERSON, "test-temporary-person", "Has left.", "test-viewer");
    assertTrue(reportedTo("test-chile").contains(report.id()));

    edits.deletePerson("test-temporary-person", 1, "test-chile");

    assertEquals("delete", reports.find(report.id()).orElseThrow().resolvedBy().action());
    assertFalse(reportedTo("test-chile").contains(report.id()));
    NotFound gone =
        assertThrows(
            NotFound.class,
            () ->
                reports.file(RecordKind.PERSON, "test-temporary-person", "Still here?", "public"));
    assertTrue(gone.getMessage().contains("test-temporary-person"), gone.getMessage());
  }

  @Test
  void aReportSaysWhatIsWrongInAtMostTwoThousandCharacters() {
    Refused empty =
        assertThrows(
            Refused.class, () -> reports.file(RecordKind.ORGANIZATION, "minsal", "  ", "public"));
    assertEquals(ProblemCode.REQUIRED.code(), empty.problems().get(0).code());
    Refused tooLong =
        assertThrows(
            Refused.class,
            () -> reports.file(RecordKind.ORGANIZATION, "minsal", "x".repeat(2001), "public"));
    assertEquals(ProblemCode.TEXT_TOO_LONG.code(), tooLong.problems().get(0).code());
  }

  @Test
  void theQueueListsAStewardsStaleRecordsNeverVerifiedFirst() {
    edits.createPerson(temporary("test-unverified-person"), "test-chile");
    try {
      StewardQueue.Work chile = queue.of("test-chile", EVERYTHING_STALE);
      StewardQueue.StaleRecord first = chile.stale().get(0);
      assertEquals("test-unverified-person", first.id());
      assertNull(first.verifiedOn());
      assertTrue(chile.stale().stream().anyMatch(r -> r.id().equals("minsal")));
      assertTrue(chile.stale().stream().noneMatch(r -> r.id().equals("lshtm")), "GB is HQ’s");
      assertTrue(
          queue.of("test-hq", EVERYTHING_STALE).stale().stream()
              .anyMatch(r -> r.id().equals("lshtm")));
      assertEquals(chile.stale().size(), chile.staleCount());

      assertEquals(1, queue.of("test-chile", TODAY).staleCount(), "only the one never verified");
    } finally {
      edits.deletePerson("test-unverified-person", 1, "test-chile");
    }
  }

  @Test
  void aRecordThatNamesItsStewardIsInTheirQueueAndNoLongerInItsOffices() {
    assign(RecordKind.ORGANIZATION, "minsal", "test-quiet");
    try {
      assertEquals(
          List.of("minsal"),
          queue.of("test-quiet", EVERYTHING_STALE).stale().stream()
              .map(StewardQueue.StaleRecord::id)
              .toList());
      assertTrue(
          queue.of("test-chile", EVERYTHING_STALE).stale().stream()
              .noneMatch(r -> r.id().equals("minsal")));
    } finally {
      assign(RecordKind.ORGANIZATION, "minsal", null);
    }
  }

  @Test
  void eachStewardWithSomethingToDoGetsOneDigestAWeek() {
    List<String> sentTo = new ArrayList<>();
    LocalDate nextWeek = TODAY.plusWeeks(52);
    int sent =
        digests.send(
            nextWeek,
            EVERYTHING_STALE,
            (recipient, work) -> {
              sentTo.add(recipient.username());
              assertFalse(work.nothingToDo());
              return OutboxMessage.draft(
                  null, Instant.now(), recipient.email(), null, "Digest", "" + work.staleCount());
            });

    assertEquals(sentTo.size(), sent);
    assertTrue(sentTo.containsAll(List.of("test-chile", "test-hq")), sentTo.toString());
    assertFalse(sentTo.contains("test-quiet"), "nothing to do: no office, no records");
    assertFalse(sentTo.contains("test-viewer"), "a viewer is no steward");
    assertEquals(0, digests.send(nextWeek.plusDays(1), EVERYTHING_STALE, (r, w) -> null));
    assertEquals(DayOfWeek.MONDAY, StewardDigests.weekOf(nextWeek).getDayOfWeek());
  }

  private List<Long> reportedTo(String username) {
    return queue.of(username, TODAY.minusYears(5)).reports().stream()
        .map(r -> r.report().id())
        .toList();
  }

  private void assign(RecordKind kind, String id, String username) {
    stewarding.assignSteward(kind, id, username, () -> null);
  }

  private PersonDraft withTitle(String id, String title) {
    Map<String, String> fields = new HashMap<>(PersonField.cells(people.find(id).orElseThrow()));
    fields.put("job_title", title);
    return PersonField.draft(fields).draft();
  }

  private static PersonDraft temporary(String id) {
    return new PersonDraft(
        id,
        "Test",
        "Temporary",
        null,
        "iom-chile",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        "internal",
        null);
  }
}
