package dev.directory.web.language;

import dev.directory.core.contact.PhoneIssue;
import dev.directory.core.country.Countries;
import dev.directory.core.organization.Organizations;
import dev.directory.search.query.ResultType;
import dev.directory.search.routing.LanguageGuess;
import dev.directory.search.routing.PlaceNames;
import io.micronaut.core.annotation.Nullable;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory's values named in the reader's language: countries, languages, types, roles, kinds
 * of engagement, fields, phone issues, numbers.
 */
public final class Labels {

  /** Spanish and French, where the JDK's locales say a country speaks them, by country. */
  private static final Map<String, List<String>> SPANISH_OR_FRENCH =
      Arrays.stream(Locale.getAvailableLocales())
          .filter(l -> !l.getCountry().isEmpty())
          .filter(l -> l.getLanguage().equals("es") || l.getLanguage().equals("fr"))
          .collect(
              Collectors.groupingBy(
                  Locale::getCountry,
                  Collectors.mapping(
                      Locale::getLanguage,
                      Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));

  private Labels() {}

  public static String country(String code) {
    return Countries.name(code, Texts.locale());
  }

  /** A city of {@code country} by its name in the reader's language (Ginebra, Genève). */
  public static String city(@Nullable String country, String city) {
    return PlaceNames.city(country, city, Texts.locale());
  }

  /** "Spanish", "español", "espagnol": the name capitalised as a label is. */
  public static String language(String code) {
    return language(code, Texts.locale());
  }

  /** The language's name in the language of {@code reader} (an e-mail's, say). */
  public static String language(String code, Locale reader) {
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
    List<String> spoken = SPANISH_OR_FRENCH.getOrDefault(country, List.of());
    return spoken.size() == 1 ? spoken.get(0) : null;
  }

  /**
   * A role of a person ("chief of mission", "press"): its label where the bundles know the role,
   * else as it is written (roles are free labels; the well-known ones have names).
   */
  public static String role(String role) {
    return known("person_role.", role);
  }

  /** The kind of an engagement ("training"), as {@link #role} names a role. */
  public static String engagementKind(String kind) {
    return known("engagement_kind.", kind);
  }

  /** The kind of an organisation's change ("merged"), as {@link #role} names a role. */
  public static String changeKind(String kind) {
    return known("change_kind.", kind);
  }

  /** Who made a change: an account's name, or the import named in the reader's language. */
  public static String actor(String actor) {
    return actor.equals(Organizations.IMPORT) ? Texts.t("actor.import") : actor;
  }

  /** A field of a record of {@code kind} (a history's "job_title"), by its form's label. */
  public static String field(String kind, String column) {
    return Texts.find("field." + kind + "." + column).orElse(column);
  }

  /** Why a phone number is not valid, from the English words the phone keeps. */
  public static String phoneIssue(String issue) {
    PhoneIssue read = PhoneIssue.read(issue);
    if (read == null) {
      return issue;
    }
    String key = "phone_issue." + read.kind().name().toLowerCase(Locale.ROOT);
    return switch (read.kind()) {
      case TOO_LONG, UNREADABLE -> Texts.t(key);
      case NOT_VALID, TRUNK_PREFIX ->
          read.country() == null
              ? Texts.t(key + ".anywhere") // a country code that belongs to no country
              : Texts.t(key, country(read.country()));
    };
  }

  private static String known(String prefix, String value) {
    String key = value.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    return Texts.find(prefix + key).orElse(value);
  }

  public static String type(ResultType type) {
    return Texts.t("type." + type.code());
  }

  /** 12,345 in English, 12.345 in Spanish, 12 345 in French. */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(Texts.locale()).format(value);
  }
}
