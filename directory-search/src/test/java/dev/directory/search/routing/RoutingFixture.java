package dev.directory.search.routing;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.topic.Topics;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;

/**
 * The seed plus the offices of {@code src/test/resources/routing}: headquarters with a general and
 * a thematic press contact, a regional office for South America, country offices with one press
 * contact (Chile, Mexico, Dominican Republic), two (Colombia) and none (Peru), and the ministries
 * and municipal services of their countries.
 */
final class RoutingFixture {

  private RoutingFixture() {}

  static LiveRouter importInto(ApplicationContext context) throws Exception {
    CsvImporter importer = context.getBean(CsvImporter.class);
    importer.importFrom(IndexedSeed.SEED);
    importer.importFrom(Path.of(RoutingFixture.class.getResource("/routing").toURI()));
    return new LiveRouter(
        context.getBean(ChangeLog.class),
        context.getBean(Organizations.class),
        context.getBean(MissionOffices.class),
        context.getBean(People.class),
        context.getBean(Topics.class));
  }
}
