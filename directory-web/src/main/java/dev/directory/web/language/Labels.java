package dev.directory.web.language;

import dev.directory.core.country.Countries;
import dev.directory.search.query.ResultType;
import dev.directory.search.routing.LanguageGuess;
import io.micronaut.core.annotation.Nullable;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The directory's values named in the reader's language: countries, languages, types, numbers. */
public final class Labels {

  private Labels() {}

  public static String country(String code) {
    return Countries.name(code, Texts.locale());
  }

  /** "Spanish", "español", "espagnol": the name capitalised as a label is. */
  public static String language(String code) {
    Locale reader = Texts.locale();
    String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
  }

  /**
   * The language of an organisation's local name: as its stop words tell ("de la" is French, "del"
   * Spanish), or when they do not, the one of Spanish and French spoken in its country by the JDK's
   * locale data ("Ministerio de Salud" in Chile); null when neither tells.
   */
  public static @Nullable String languageOfLocalName(String name, @Nullable String country) {
    String guessed = LanguageGuess.ofName(name);
    if (guessed != null || country == null) {
      return guessed;
    }
    List<String> spoken =
        Arrays.stream(Locale.getAvailableLocales())
            .filter(locale -> locale.getCountry().equals(country))
            .map(Locale::getLanguage)
            .filter(language -> language.equals("es") || language.equals("fr"))
            .distinct()
            .toList();
    return spoken.size() == 1 ? spoken.get(0) : null;
  }

  public static String type(ResultType type) {
    return Texts.t("type." + type.code());
  }

  /** 12,345 in English, 12.345 in Spanish, 12 345 in French. */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(Texts.locale()).format(value);
  }
}
