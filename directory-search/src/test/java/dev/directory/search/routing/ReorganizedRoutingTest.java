package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.reorganization.ChangeRequest;
import dev.directory.core.reorganization.OrganizationChanges;
import dev.directory.core.topic.Topics;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routing knows what changed: an inquiry naming a ministry by the name it had reaches the office of
 * its country, and a closed office's countries go to its fallback.
 */
@MicronautTest(startApplication = false, transactional = false)
class ReorganizedRoutingTest {

  @Inject ApplicationContext context;
  @Inject OrganizationChanges changes;
  @Inject Organizations organizations;

  @Test
  void anInquiryNamingAMinistrysFormerNameReachesTheOfficeOfItsCountry() throws Exception {
    LiveRouter router = seededRouter();
    change(
        "ministry-of-internal-affairs",
        "renamed",
        Map.of("name", "Example Ministry of Security", "localName", "Ministerio de Ejemplo"));

    Routing routing =
        router.route(
            new Router.Inquiry(
                "A question for the Ministry of Internal Affairs", "Who could comment?", null));

    assertEquals("iom-chile", routing.office().id());
  }

  @Test
  void aClosedOfficesCountriesGoToItsFallback() throws Exception {
    LiveRouter router = seededRouter();
    change("iom-chile", "closed", Map.of());

    Routing routing =
        router.route(new Router.Inquiry("Migrants in Santiago de Chile", "A comment?", null));

    assertEquals("iom", routing.office().id());
  }

  private void change(String id, String kind, Map<String, String> fields) {
    changes.record(
        id,
        new ChangeRequest(
            kind,
            "2025-01-15",
            organizations.version(id).orElseThrow(),
            fields.get("name"),
            fields.get("localName"),
            null,
            null,
            List.of(),
            Map.of()),
        "editor",
        change -> change);
  }

  private LiveRouter seededRouter() throws Exception {
    context.getBean(CsvImporter.class).importFrom(IndexedSeed.SEED);
    return new LiveRouter(
        context.getBean(ChangeLog.class),
        context.getBean(Organizations.class),
        context.getBean(MissionOffices.class),
        context.getBean(People.class),
        context.getBean(Topics.class),
        context.getBean(Positions.class));
  }
}
