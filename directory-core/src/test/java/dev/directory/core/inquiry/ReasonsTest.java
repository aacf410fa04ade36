package dev.directory.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  private final Reasons reasons =
      new Reasons(
          List.of("“Arica” is a city in Chile (GeoNames)."),
          List.of("«Arica» es una ciudad de Chile (GeoNames)."),
          List.of("« Arica » est une ville du Chili (GeoNames)."));

  @Test
  void givesTheReasonsInTheReadersLanguage() {
    assertEquals(reasons.es(), reasons.in(Locale.forLanguageTag("es-CL")));
    assertEquals(reasons.fr(), reasons.in(Locale.FRENCH));
  }

  @Test
  void givesEnglishToAReaderOfAnotherLanguage() {
    assertEquals(reasons.en(), reasons.in(Locale.GERMAN));
  }

  @Test
  void givesEnglishWhereAnOlderInquiryWasRoutedBeforeReasonsWereTranslated() {
    Reasons older = Reasons.english(List.of("“Arica” is a city in Chile (GeoNames)."));

    assertEquals(older.en(), older.in(Locale.FRENCH));
  }
}
