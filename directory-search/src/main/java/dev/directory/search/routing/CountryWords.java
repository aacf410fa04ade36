package dev.directory.search.routing;

import dev.directory.core.country.Countries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The words that name a country: its names in English, Spanish and French from the JDK's locale
 * data, and the demonyms and other names of {@code data/demonyms.csv} ("peruana", "péruvienne",
 * "EE. UU."), which the build copies next to this class.
 */
final class CountryWords {

  private static final String TABLE = "demonyms.csv";

  // "Congo - Kinshasa", "Myanmar (Burma)": each part is a name too.
  private static final Pattern PARTS = Pattern.compile("\\s+[-–]\\s+|\\s*[()]\\s*");

  private CountryWords() {}

  /** A phrase and the country it names: read once, added to each snapshot's gazetteer. */
  private record Phrase(String text, Sense sense) {}

  private static final List<Phrase> PHRASES = phrases();

  static void addTo(Gazetteer gazetteer) {
    PHRASES.forEach(phrase -> gazetteer.add(phrase.text(), phrase.sense()));
  }

  private static List<Phrase> phrases() {
    List<Phrase> phrases = new ArrayList<>();
    for (String code : Countries.codes()) {
      for (Locale language : Countries.LANGUAGES) {
        for (String name : forms(Countries.name(code, language), language)) {
          phrases.add(new Phrase(name, new Sense.CountryName(code)));
        }
      }
    }
    for (CSVRecord row : table()) {
      String code = Countries.parse(row.get("country"));
      for (String demonym : split(row.get("demonyms"))) {
        phrases.add(new Phrase(demonym, new Sense.Demonym(code)));
      }
      for (String name : split(row.get("other_names"))) {
        phrases.add(new Phrase(name, new Sense.CountryName(code)));
      }
    }
    return List.copyOf(phrases);
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
      for (String part : PARTS.split(form)) {
        if (!part.isBlank()) {
          forms.add(part);
        }
      }
    }
    return forms;
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : List.of(list.strip().split("\\s*;\\s*"));
  }

  private static List<CSVRecord> table() {
    try (InputStream in = CountryWords.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the classpath");
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
