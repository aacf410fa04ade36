package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.country.Countries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CountryWordsTest {

  /**
   * Where the router knows no demonym of a country on purpose: territories with no people of their
   * own or none in the sources (Antarctica, Bouvet Island, the French Southern Territories, Aruba,
   * Anguilla …); countries whose people are called by a larger country's demonym, which that
   * country keeps ("Congolese" is read as DR Congo, "Dominican" as the Dominican Republic); and the
   * United States, whose "American" may mean of the Americas. A demonym that is a language's name
   * ("Spanish") is left out too, and checked apart.
   */
  private static final Set<String> WITHOUT_DEMONYM_OF_THEIR_OWN =
      Set.of(
          "AI", "AQ", "AS", "AW", "BV", "GF", "GS", "MF", "PF", "TC", "TF", "UM", "VG", "CG", "DM",
          "US");

  @Test
  void knowsADemonymOfEveryCountryInEnglishSpanishAndFrench() {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (String country : Countries.codes()) {
      if (WITHOUT_DEMONYM_OF_THEIR_OWN.contains(country)) {
        continue;
      }
      Set<String> lacking = new TreeSet<>(List.of("en", "es", "fr"));
      lacking.removeAll(CountryWords.demonymLanguages(country));
      lacking.removeIf(language -> CountryWords.demonymIsALanguage(country, language));
      if (!lacking.isEmpty()) {
        missing.put(country, lacking);
      }
    }
    assertEquals(Map.of(), missing, "countries without a demonym in these languages");
  }
}
