package dev.directory.search.routing;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * A city's name in a reader's language, from the gazetteer's names ({@code world-places.tsv.gz}):
 * Geneva is Ginebra to a Spanish reader and Genève to a French one. A place the gazetteer has no
 * such name for keeps the name it is stored with.
 */
public final class PlaceNames {

  private PlaceNames() {}

  /**
   * @param country the city's country code; without it the city keeps its name
   * @param city the city's name as stored
   */
  public static String city(@Nullable String country, String city, Locale language) {
    if (country == null || language.getLanguage().equals("en")) {
      return city;
    }
    String translated = WorldPlaces.shared().translated(country, city, language.getLanguage());
    return translated == null ? city : translated;
  }
}
