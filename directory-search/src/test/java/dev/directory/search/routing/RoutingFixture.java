package dev.directory.search.routing;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;

/**
 * The seed plus the offices of a folder of test resources. {@code /routing}: headquarters with a
 * general and a thematic press contact, a regional office for South America, country offices with
 * one press contact (Chile, Mexico, Dominican Republic), two (Colombia) and none (Peru), and the
 * ministries and municipal services of their countries. {@code /routing-world}: twenty offices on
 * four continents, seven of them regional, country offices with none (Niger, Morocco), one and two
 * press contacts (Bangladesh, Colombia), and no organisation but the offices.
 */
final class RoutingFixture {

  private RoutingFixture() {}

  static final String SOUTH_AMERICA = "/routing";
  static final String WORLD = "/routing-world";

  static LiveRouter importInto(ApplicationContext context) throws Exception {
    return importInto(context, SOUTH_AMERICA);
  }

  static LiveRouter importInto(ApplicationContext context, String folder) throws Exception {
    CsvImporter importer = context.getBean(CsvImporter.class);
    importer.importFrom(IndexedSeed.SEED);
    importer.importFrom(Path.of(RoutingFixture.class.getResource(folder).toURI()));
    return new LiveRouter(
        context.getBean(ChangeLog.class),
        context.getBean(Organizations.class),
        context.getBean(MissionOffices.class),
        context.getBean(People.class),
        context.getBean(Topics.class),
        context.getBean(Positions.class));
  }
}
