package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouterTest {

  @Inject ApplicationContext context;

  private LiveRouter router;

  @BeforeAll
  void importTheOffices() throws Exception {
    router = RoutingFixture.importInto(context);
  }

  @Test
  void sendsTheMigrationLawInChileToIomChilesPressContact() {
    Routing routing = route("Request for comment on the new migration law in Chile", "");
    assertEquals("iom-chile", routing.office().id());
    assertEquals("sebastian-mathews", routing.contact().id());
    assertEquals(
        List.of(
            "“Chile” is Chile.",
            "IOM Chile answers for Chile.",
            "Sebastián Mathews is its press contact."),
        routing.reasons());
  }

  @Test
  void namesTheOrganisationsACityIsKnownFrom() {
    Routing routing = route("Interview about the Arica workshop", "");
    assertEquals("iom-chile", routing.office().id());
    assertEquals(
        "“Arica” is a city in Chile, known from Municipal Services of Arica.",
        routing.reasons().get(0));
  }

  @Test
  void readsTheSantiagoOfMostOrganisationsAsChile() {
    Routing routing = route("¿Podrían darnos datos sobre los talleres en Santiago?", "");
    assertEquals("CL", routing.country());
    assertEquals("iom-chile", routing.office().id());
    assertTrue(routing.reasons().get(0).startsWith("“Santiago” is a city in Chile, known from"));
    assertEquals("es", routing.language());
  }

  @Test
  void sendsWhatPointsNowhereToHeadquartersAndSaysSo() {
    Routing routing = route("Question about a project in Ruritania", "Could you tell us more?");
    assertNull(routing.country());
    assertEquals("iom", routing.office().id());
    assertEquals("hq-press-desk", routing.contact().id());
    assertEquals(
        "No country, place or organisation known to the directory was recognised in the inquiry.",
        routing.reasons().get(0));
  }

  @Test
  void findsCountriesAndDemonymsWithoutAccentsOrCapitals() {
    for (String written : List.of("PEROU", "perou", "Pérou", "Perú", "peruanas", "PÉRUVIENNE")) {
      assertEquals("PE", route("Reportage", "Les migrants " + written).country(), written);
    }
  }

  @Test
  void knowsAnOrganisationByItsAcronym() {
    Routing routing = route("Interview", "What does MINSAL do for migrants?");
    assertEquals("iom-chile", routing.office().id());
    assertEquals(
        "“MINSAL” is Ministry of Health, an organisation in Chile.", routing.reasons().get(0));
  }

  @Test
  void takesAnAcronymWrittenInSmallLettersForAWord() {
    assertNull(route("Interview", "Wir sprechen mit dem Team.").country());
    assertEquals("CL", route("Interview", "Wir sprechen mit dem DEM.").country());
  }

  @Test
  void handsAnOfficeWithoutPressContactToItsFallback() {
    Routing routing = route("Peruvian migrants crossing at Tacna", "");
    assertEquals("PE", routing.country());
    assertEquals("iom-south-america", routing.office().id());
    assertEquals("south-america-press-desk", routing.contact().id());
    assertTrue(
        routing
            .reasons()
            .contains(
                "IOM Peru has no public press contact, so the inquiry goes to its fallback, IOM"
                    + " Regional Office for South America."),
        routing.reasons()::toString);
  }

  @Test
  void choosesAmongPressContactsByTopic() {
    Routing routing = route("Salud de los migrantes en Cúcuta", "");
    assertEquals("colombia-health-spokesperson", routing.contact().id());
    assertTrue(
        routing
            .reasons()
            .contains(
                "Colombia Health Spokesperson is its press contact for Migration and health,"
                    + " which “Salud” is about."),
        routing.reasons()::toString);
    assertEquals("colombia-press-desk", route("Migrants in Cúcuta", "").contact().id());
  }

  @Test
  void neverChoosesAPressContactWhoseDetailsAreInternal() {
    Routing routing = route("Trafficking in persons in Tijuana", "victims of trafficking");
    assertEquals("iom-mexico", routing.office().id());
    assertEquals("mexico-press-desk", routing.contact().id());
  }

  @Test
  void letsTheCountryFieldOutweighTheText() {
    Routing routing =
        router.route(new Router.Inquiry("Press request", "Like the Chile training.", "MX"));
    assertEquals("iom-mexico", routing.office().id());
    assertEquals("The inquiry gives Mexico as its country.", routing.reasons().get(0));
    assertTrue(
        routing
            .reasons()
            .contains("Chile is mentioned too (“Chile”), with less weight than Mexico."),
        routing.reasons()::toString);
  }

  @Test
  void weighsAPlaceAboveADemonym() {
    assertEquals("iom-colombia", route("Story on Venezuelans in Cúcuta", "").office().id());
  }

  @Test
  void letsHeadquartersAnswerForACountryNoOfficeCovers() {
    Routing routing = route("Retour des migrants en Haïti", "");
    assertEquals("HT", routing.country());
    assertEquals("iom", routing.office().id());
    assertEquals(
        "No office answers for Haiti in particular, so headquarters does: International"
            + " Organization for Migration.",
        routing.reasons().get(1));
  }

  @Test
  void explainsWhichTripoliTheInquiryMeans() {
    Routing routing = route("Migrants held in Tripoli and Misrata", "");
    assertEquals("LY", routing.country());
    assertEquals(
        "“Tripoli” could be Libya or Lebanon; Libya is larger and the inquiry also names Misrata.",
        routing.reasons().get(0));
    Routing lebanon = route("Syrian refugees in Tripoli, in the north of Lebanon", "");
    assertEquals("LB", lebanon.country());
  }

  private Routing route(String subject, String message) {
    return router.route(new Router.Inquiry(subject, message, null));
  }
}
