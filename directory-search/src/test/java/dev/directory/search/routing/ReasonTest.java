package dev.directory.search.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReasonTest {

  @Test
  void everyLanguageHasEverySentence() throws IOException {
    Set<String> english = bundle("en").stringPropertyNames();
    for (String language : List.of("es", "fr")) {
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(bundle(language).stringPropertyNames());
      Set<String> extra = new TreeSet<>(bundle(language).stringPropertyNames());
      extra.removeAll(english);
      assertEquals(Set.of(), missing, language + " lacks");
      assertEquals(Set.of(), extra, language + " has more than English");
    }
  }

  @Test
  void noSentenceWritesAnApostropheThatWouldQuoteItsArguments() throws IOException {
    for (String language : List.of("en", "es", "fr")) {
      Properties bundle = bundle(language);
      for (String key : bundle.stringPropertyNames()) {
        assertEquals(-1, bundle.getProperty(key).indexOf('\''), language + ": " + key);
      }
    }
  }

  @Test
  void namesTheCountryAndQuotesTheInquiryAsEachLanguageDoes() {
    Reason reason = Reason.of("demonym", new Reason.Quoted("peruanos"), new Reason.Country("PE"));

    assertEquals("“peruanos” means of Peru.", reason.english());
    assertEquals("«peruanos» se refiere a Perú.", reason.text(Locale.forLanguageTag("es")));
    assertEquals(
        "«\u00a0peruanos\u00a0» renvoie à un pays\u00a0: Pérou.", reason.text(Locale.FRENCH));
  }

  @Test
  void joinsTheCountriesANameCouldMeanWithOr() {
    Reason reason =
        Reason.of(
            "could_be",
            new Reason.Quoted("Tripoli"),
            new Reason.AnyOf(List.of("LY", "LB")),
            Reason.of("larger", new Reason.Country("LY")));

    assertEquals("“Tripoli” could be Libya or Lebanon; Libya is larger.", reason.english());
    assertEquals(
        "«Tripoli» puede ser Libia o Líbano; Libia tiene más población.",
        reason.text(Locale.forLanguageTag("es")));
  }

  private static Properties bundle(String language) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Reason.class.getResourceAsStream("reasons_" + language + ".properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
