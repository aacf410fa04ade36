package dev.directory.core.country;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166-1 alpha-2 country codes and their names, as the JDK's locale data knows them. */
public final class Countries {

  /** The languages the directory speaks; country names are indexed in each. */
  public static final Set<Locale> LANGUAGES =
      Set.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** Display names come from resource bundles; they are looked up often and never change. */
  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private Countries() {}

  /** All ISO 3166-1 alpha-2 codes. */
  public static Set<String> codes() {
    return CODES;
  }

  public static boolean isCode(String code) {
    return code != null && CODES.contains(code);
  }

  /**
   * Reads a country code as a person may type it ("cl", " CL ").
   *
   * @throws IllegalArgumentException naming the value when it is not an ISO 3166-1 alpha-2 code
   */
  public static String parse(String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not an ISO 3166-1 alpha-2 country code (such as CL or FR)");
    }
    return code;
  }

  /** The country's name in the given language, e.g. {@code name("CL", Locale.FRENCH)} = Chili. */
  public static String name(String code, Locale language) {
    return NAMES.computeIfAbsent(
        code + "_" + language.getLanguage(),
        key -> new Locale("", code).getDisplayCountry(language));
  }
}
