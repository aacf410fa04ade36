package dev.directory.core.country;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.text.Folding;
import java.util.HashMap;
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

  private static final Map<String, String> BY_NAME = byName();

  private Countries() {}

  private static Map<String, String> byName() {
    Map<String, String> byName = new HashMap<>();
    for (String code : CODES) {
      for (Locale language : LANGUAGES) {
        byName.put(Folding.fold(new Locale("", code).getDisplayCountry(language)), code);
      }
    }
    return Map.copyOf(byName);
  }

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
      throw new InvalidValue(ProblemCode.COUNTRY_INVALID, value);
    }
    return code;
  }

  /**
   * Reads a country as a person may give it: a code ("cl") or a name in English, Spanish or French
   * ("Chile", "Pérou", "perou"), ignoring case and accents.
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static String parseCodeOrName(String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (isCode(code)) {
      return code;
    }
    String found = BY_NAME.get(Folding.fold(value == null ? "" : value));
    if (found == null) {
      throw new InvalidValue(ProblemCode.COUNTRY_OR_NAME_INVALID, value);
    }
    return found;
  }

  /** The country's name in the given language, e.g. {@code name("CL", Locale.FRENCH)} = Chili. */
  public static String name(String code, Locale language) {
    return NAMES.computeIfAbsent(
        code + "_" + language.getLanguage(),
        key -> new Locale("", code).getDisplayCountry(language));
  }
}
