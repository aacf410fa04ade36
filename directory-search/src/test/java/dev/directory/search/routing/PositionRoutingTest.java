package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.editing.Edits;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Press inquiries go to the press contact position of an office, and reach whoever holds it. */
@MicronautTest(startApplication = false, transactional = false)
class PositionRoutingTest {

  private static final Router.Inquiry CHILE =
      new Router.Inquiry("Migrants in Santiago de Chile", "Could someone comment?", null);

  @Inject ApplicationContext context;
  @Inject Positions positions;
  @Inject Edits edits;

  @TempDir Path dir;

  @Test
  void routesToTheHolderOfThePressContactPositionAtItsMailbox() throws Exception {
    Routing routing = seededRouter().route(CHILE);

    assertEquals("sebastian-mathews", routing.contact().id());
    assertEquals("iom-chile-press-contact", routing.contact().positionId());
    assertEquals("iomsantiagopress@iom.int", routing.contact().email());
  }

  @Test
  void aVacantPositionFallsBackAsAnOfficeWithoutAPressContactAndSaysSo() throws Exception {
    LiveRouter router = seededRouter();
    Position press = positions.find("iom-chile-press-contact").orElseThrow();
    edits.endHolding(
        press.id(),
        positions.version(press.id()).orElseThrow(),
        "sebastian-mathews",
        LocalDate.now(ZoneOffset.UTC).minusDays(1),
        "editor");

    Routing routing = router.route(CHILE);

    assertNull(routing.contact(), "headquarters, the fallback, names no press contact either");
    assertTrue(
        routing
            .reasons()
            .contains(
                "The position “Press contact, IOM Chile” of IOM Chile is vacant: nobody holds it"
                    + " now."),
        routing.reasons().toString());
    assertTrue(
        routing.reasons().stream().anyMatch(r -> r.startsWith("IOM Chile has no public press")),
        routing.reasons().toString());
  }

  @Test
  void aPositionHeldByTwoAtOnceHasTwoContacts() throws Exception {
    LiveRouter router = seededRouter();
    Files.writeString(
        dir.resolve("positions.csv"),
        "id,title,organization_id,press_contact,emails,holders\n"
            + "iom-chile-press-contact,\"Press contact, IOM Chile\",iom-chile,yes,"
            + "work: iomsantiagopress@iom.int,sebastian-mathews; norberto-giron from 2026-01-01\n");
    context.getBean(CsvImporter.class).importFrom(dir);

    List<RoutingDirectory.Contact> contacts = router.directory().contacts("iom-chile");

    assertEquals(
        List.of("sebastian-mathews", "norberto-giron"),
        contacts.stream().map(RoutingDirectory.Contact::id).toList());
    assertTrue(contacts.stream().allMatch(c -> c.email().equals("iomsantiagopress@iom.int")));
  }

  private LiveRouter seededRouter() throws Exception {
    context.getBean(CsvImporter.class).importFrom(IndexedSeed.SEED);
    return new LiveRouter(
        context.getBean(ChangeLog.class),
        context.getBean(Organizations.class),
        context.getBean(MissionOffices.class),
        context.getBean(People.class),
        context.getBean(Topics.class),
        positions);
  }
}
