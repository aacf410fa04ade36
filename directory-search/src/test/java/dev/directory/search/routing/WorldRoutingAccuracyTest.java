package dev.directory.search.routing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Routes the 150 inquiries of {@code routing-world/inquiries.csv}, 50 each in English, Spanish and
 * French, most naming only the city or region of the story ("les migrants bloqués à Agadez"), some
 * two places, some a word that is also a place ("Mobile clinics", "los migrantes van"), against
 * twenty offices; at least 95 % must reach the office and contact a person would choose. The
 * report, every miss with its reasons, goes to {@code target/world-routing-accuracy.txt}.
 */
@MicronautTest(startApplication = false, transactional = false)
class WorldRoutingAccuracyTest {

  @Inject ApplicationContext context;

  @Test
  void routesInquiriesNamingOnlyAPlaceOfTheWorldToTheOfficeAPersonWouldChoose() throws Exception {
    LiveRouter router = RoutingFixture.importInto(context, RoutingFixture.WORLD);
    RoutingAccuracyTest.measure(
        router, RoutingTestSet.rows(RoutingFixture.WORLD), "world-routing-accuracy.txt");
  }
}
