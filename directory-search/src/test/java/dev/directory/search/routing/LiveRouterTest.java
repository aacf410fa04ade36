package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class LiveRouterTest {

  @Inject ApplicationContext context;
  @Inject People people;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void routesToAPressContactAddedAfterTheLastInquiry() throws Exception {
    context.getBean(CsvImporter.class).importFrom(IndexedSeed.SEED);
    LiveRouter router =
        new LiveRouter(
            context.getBean(ChangeLog.class),
            context.getBean(Organizations.class),
            context.getBean(MissionOffices.class),
            people,
            context.getBean(Topics.class),
            context.getBean(Positions.class));
    Router.Inquiry atlantis = new Router.Inquiry("A project in Atlantis", "Comment?", null);
    assertNull(router.route(atlantis).contact(), "the seed names no press contact at headquarters");

    transactions.executeWrite(
        status ->
            people.save(
                new Person(
                    "hq-press-desk",
                    "Headquarters",
                    "Press Desk",
                    null,
                    "iom",
                    List.of("press"),
                    List.of(new Email(EmailType.WORK, "press@hq.example.org")),
                    List.of(),
                    List.of(),
                    List.of(),
                    true,
                    Visibility.PUBLIC,
                    "Test fixture.")));

    assertEquals("hq-press-desk", router.route(atlantis).contact().id());
  }
}
