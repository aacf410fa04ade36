package dev.directory.search.routing;

import dev.directory.core.country.Countries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The words that name a country: its names in English, Spanish and French from the JDK's locale
 * data, the demonyms of every country in the three languages from {@code data/nationalities.csv}
 * ("malien", "maliennes"; built by {@code data/scripts/world.py}), and the demonyms and other names
 * a person added in {@code data/demonyms.csv} ("peruana", "péruvienne", "EE. UU."). The build
 * copies both next to this class.
 */
final class CountryWords {

  private static final String TABLE = "demonyms.csv";
  private static final String NATIONALITIES = "nationalities.csv";

  // "Congo - Kinshasa": each part is a name too.
  private static final Pattern PARTS = Pattern.compile("\\s+[-–]\\s+");

  // "Myanmar (Burma)" is also "Myanmar" and "Burma"; "Cocos (Keeling) Islands" is "Cocos Islands"
  // and "Keeling Islands", not "Islands".
  private static final Pattern BRACKETS = Pattern.compile("(.*?)\\s*\\((.*?)\\)\\s*(.*)");

  private CountryWords() {}

  /**
   * A phrase, the country it names, and the language it is from (null for the JDK's names, which
   * are every language's): read once, added to each snapshot's gazetteer.
   */
  private record Phrase(String text, Sense sense, String language) {}

  /** "ES:en": countries and languages whose only demonym is a language's name ("Spanish"). */
  private static final Set<String> NAMED_AS_A_LANGUAGE = new HashSet<>();

  private static final List<Phrase> PHRASES = phrases();

  static void addTo(Gazetteer gazetteer) {
    PHRASES.forEach(phrase -> gazetteer.add(phrase.text(), phrase.sense()));
  }

  private static List<Phrase> phrases() {
    List<Phrase> phrases = new ArrayList<>();
    for (String code : Countries.codes()) {
      for (Locale language : Countries.LANGUAGES) {
        for (String name : forms(Countries.name(code, language), language)) {
          phrases.add(new Phrase(name, new Sense.CountryName(code), null));
        }
      }
    }
    Set<List<String>> languages = languageNames();
    for (String file : List.of(NATIONALITIES, TABLE)) {
      for (CSVRecord row : table(file)) {
        if (!Countries.isCode(row.get("country"))) {
          continue; // a code the JDK does not know has no office to go to
        }
        String code = Countries.parse(row.get("country"));
        boolean kept = false;
        for (String demonym : split(row.get("demonyms"))) {
          if (languages.contains(Words.keys(demonym))) {
            NAMED_AS_A_LANGUAGE.add(code + ":" + row.get("language"));
            continue; // "an interview in Spanish" says nothing about Spain; "españoles" does
          }
          phrases.add(new Phrase(demonym, new Sense.Demonym(code), row.get("language")));
          kept = true;
        }
        if (kept) {
          NAMED_AS_A_LANGUAGE.remove(code + ":" + row.get("language"));
        }
        if (row.isMapped("other_names")) {
          for (String name : split(row.get("other_names"))) {
            phrases.add(new Phrase(name, new Sense.CountryName(code), row.get("language")));
          }
        }
      }
    }
    return List.copyOf(phrases);
  }

  /** Whether the country's demonym in the language is a language's name, left out on purpose. */
  static boolean demonymIsALanguage(String country, String language) {
    return NAMED_AS_A_LANGUAGE.contains(country + ":" + language);
  }

  /** The languages in which the router knows a demonym of the country. */
  static Set<String> demonymLanguages(String country) {
    Set<String> languages = new HashSet<>();
    for (Phrase phrase : PHRASES) {
      if (phrase.sense() instanceof Sense.Demonym demonym && demonym.country().equals(country)) {
        languages.add(phrase.language());
      }
    }
    return languages;
  }

  /** The keys of every language's name in English, Spanish and French ("Spanish", "español"). */
  private static Set<List<String>> languageNames() {
    Set<List<String>> names = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      for (Locale language : Countries.LANGUAGES) {
        names.add(Words.keys(new Locale(code).getDisplayLanguage(language)));
      }
    }
    return names;
  }

  /** The name, its parts, and "&" spelled out in the name's language. */
  private static List<String> forms(String name, Locale language) {
    List<String> forms = new ArrayList<>();
    String and =
        switch (language.getLanguage()) {
          case "es" -> " y ";
          case "fr" -> " et ";
          default -> " and ";
        };
    for (String form : List.of(name, name.replace(" & ", and))) {
      forms.add(form);
      Matcher brackets = BRACKETS.matcher(form);
      List<String> unbracketed =
          brackets.matches()
              ? List.of(
                  (brackets.group(1) + " " + brackets.group(3)).strip(),
                  (brackets.group(2) + " " + brackets.group(3)).strip())
              : List.of(form);
      for (String whole : unbracketed) {
        for (String part : PARTS.split(whole)) {
          if (!part.isBlank()) {
            forms.add(part);
          }
        }
      }
    }
    return forms;
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : List.of(list.strip().split("\\s*;\\s*"));
  }

  private static List<CSVRecord> table(String file) {
    try (InputStream in = CountryWords.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the classpath");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
