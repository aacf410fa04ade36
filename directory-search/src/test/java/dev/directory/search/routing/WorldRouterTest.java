package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Routing by the places of the world's gazetteer, against the world fixture's twenty offices. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldRouterTest {

  @Inject ApplicationContext context;

  private LiveRouter router;

  @BeforeAll
  void importTheOffices() throws Exception {
    router = RoutingFixture.importInto(context, RoutingFixture.WORLD);
  }

  @Test
  void findsCoxsBazarWrittenWithAnAsciiApostropheAndNamesGeoNames() {
    Routing routing = route("Rohingya refugees in Cox's Bazar", "");
    assertEquals("iom-bangladesh", routing.office().id());
    assertEquals("“Cox's Bazar” is a city in Bangladesh (GeoNames).", routing.reasons().get(0));
  }

  @Test
  void explainsItselfToAJournalistInSpanishOrFrench() {
    Routing routing = route("Rohingya refugees in Cox's Bazar", "");

    assertEquals(
        "«Cox's Bazar» es una ciudad de Bangladés (GeoNames).",
        routing.reasons(Locale.forLanguageTag("es")).get(0));
    assertEquals(
        "«\u00a0Cox's Bazar\u00a0»\u00a0: ville, Bangladesh (GeoNames).",
        routing.reasons(Locale.FRENCH).get(0));
  }

  @Test
  void readsTheFrenchNameOfCairo() {
    Routing routing = route("Réfugiés soudanais au Caire", "");
    assertEquals("EG", routing.country());
    assertTrue(
        routing.reasons().contains("“Caire” (Cairo) is a city in Egypt (GeoNames)."),
        () -> routing.reasons().toString());
  }

  @Test
  void readsCapitalsAndLargeCitiesAsSpanishAndFrenchWriteThem() {
    Map<String, String> names =
        Map.of(
            "Puerto Príncipe", "HT",
            "Le Caire", "EG",
            "Ciudad del Cabo", "ZA",
            "Ginebra", "CH",
            "Nueva York", "US",
            "Pékin", "CN",
            "Londres", "GB",
            "Mogadiscio", "SO");
    names.forEach(
        (written, country) ->
            assertEquals(country, route("Entrevista en " + written, "").country(), written));
  }

  @Test
  void findsCucutaWithoutTheAccent() {
    assertEquals("CO", route("Venezuelans in Cucuta", "").country());
  }

  @Test
  void takesARegionOfTheWorld() {
    Routing routing = route("Desplazamiento en Norte de Santander", "");
    assertEquals("CO", routing.country());
    assertEquals(
        "“Norte de Santander” is a region of Colombia (GeoNames).", routing.reasons().get(0));
  }

  @Test
  void weighsASharedNameByPopulationAndByTheOtherPlacesOfTheInquiry() {
    Routing routing = route("Deportations through Córdoba and Rosario", "");
    assertEquals("AR", routing.country());
    assertTrue(
        routing.reasons().stream()
            .anyMatch(
                reason ->
                    reason.startsWith("“Córdoba” could be Argentina")
                        && reason.endsWith(
                            "Argentina is the largest and the inquiry also names Rosario.")),
        () -> routing.reasons().toString());
  }

  @Test
  void letsTheCountryFieldChooseAmongPlacesOfOneName() {
    Routing routing =
        router.route(new Router.Inquiry("Migrants in Córdoba", "A question on arrivals.", "ES"));
    assertEquals("ES", routing.country());
    assertEquals("iom-europe", routing.office().id());
  }

  @Test
  void takesNiceAsACityOnlyWhereItIsWrittenAsOne() {
    assertEquals("FR", route("Migrants turned back at Menton and in Nice", "").country());
    Routing lowerCase = route("It would be nice to talk", "About returns to Kano next week.");
    assertEquals("NG", lowerCase.country());
    assertTrue(lowerCase.reasons().stream().noneMatch(r -> r.contains("France")));
  }

  @Test
  void doesNotTakeACommonWordThatStartsASentenceAsAPlace() {
    Routing routing = route("Mobile clinics", "Mobile teams visit the camps every week.");
    assertFalse(routing.reasons().stream().anyMatch(r -> r.contains("GeoNames")));
    assertEquals("iom", routing.office().id());
  }

  @Test
  void doesNotCountACityThatSharesItsNameWithACountryTwice() {
    Routing routing = route("Caravans through Panama", "");
    assertEquals("PA", routing.country());
    assertEquals("“Panama” is Panama.", routing.reasons().get(0));
  }

  @Test
  void prefersTheLongerPlaceToTheCountryInIt() {
    Routing routing = route("Asylum seekers in New Mexico", "");
    assertEquals("US", routing.country());
  }

  @Test
  void keepsTheDirectorysOwnPlaceAboveALargerNamesake() {
    // IOM Central America is in San José, Costa Rica; San Jose, California, has more people
    Routing routing = route("Migrants arriving in San José", "");
    assertEquals("CR", routing.country());
    assertTrue(routing.reasons().get(0).contains("known from"), routing.reasons()::toString);
  }

  @Test
  void readsEveryFormOfADemonymOfAnyCountry() {
    for (String written : List.of("maliens", "Maliennes", "Malians", "malienses")) {
      Routing routing = route("Retour des " + written, "");
      assertEquals("ML", routing.country(), written);
      assertEquals("“" + written + "” means of Mali.", routing.reasons().get(0));
    }
  }

  private Routing route(String subject, String message) {
    return router.route(new Router.Inquiry(subject, message, null));
  }
}
