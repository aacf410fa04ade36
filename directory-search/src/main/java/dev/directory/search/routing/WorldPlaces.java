package dev.directory.search.routing;

import dev.directory.search.routing.Words.Word;
import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The world's populated places and first-level regions, from GeoNames ({@code
 * data/world-places.tsv.gz}, which {@code data/scripts/world.py} builds), by the keys of their
 * names: local, English, Spanish and French names and their forms without accents. Read once per
 * process and shared by every routing snapshot.
 *
 * <p>A name is taken as a place where a journalist would write it as one: capitalised, or in small
 * letters for a place of {@value #LOWER_CASE_POPULATION}+ people. A name that is also a common word
 * counts only capitalised; if it is a word of English, where headlines capitalise words, or a stop
 * word of the three languages ("Nice", "Split", "Van", "Sale", "Of"), only inside a sentence and
 * only for a place of {@value #COMMON_WORD_POPULATION}+ people.
 */
final class WorldPlaces {

  /** Below this, a place named in small letters ("boats from cucuta") is not taken. */
  static final int LOWER_CASE_POPULATION = 100_000;

  /** Chosen by measurement on the routing test set (README, "Press inquiries"). */
  static final int COMMON_WORD_POPULATION = 100_000;

  /**
   * A first-level region weighs as a place of at least this many people when a name is shared: its
   * population is that of its places of 500+ people, which undercounts a rural region (Darién).
   */
  static final int REGION_POPULATION_FLOOR = 200_000;

  private static final String FILE = "world-places.tsv.gz";

  /** A populated place, or a first-level region. */
  record Place(String name, String country, int population, boolean isRegion) {}

  private static final class Shared {
    static final WorldPlaces PLACES = load();
  }

  private final Map<String, Place[]> byPhrase;
  private final Map<String, Integer> longestFrom;
  private final Set<String> commonWords;
  private final Set<String> strictWords;
  private final Map<String, String[]> translated;

  private WorldPlaces(
      Map<String, Place[]> byPhrase,
      Map<String, Integer> longestFrom,
      Set<String> commonWords,
      Set<String> strictWords,
      Map<String, String[]> translated) {
    this.byPhrase = byPhrase;
    this.longestFrom = longestFrom;
    this.commonWords = commonWords;
    this.strictWords = strictWords;
    this.translated = translated;
  }

  /** The gazetteer of this process, read on first use. */
  static WorldPlaces shared() {
    return Shared.PLACES;
  }

  /**
   * The Spanish ({@code "es"}) or French ({@code "fr"}) name of the place of {@code country} that
   * is called {@code name} (by any of its names, the most populous such place), when the gazetteer
   * knows it; null otherwise.
   */
  @Nullable
  String translated(String country, String name, String language) {
    String[] names = translated.get(country + ":" + String.join(" ", Words.keys(name)));
    if (names == null) {
      return null;
    }
    String found =
        switch (language) {
          case "es" -> names[0];
          case "fr" -> names[1];
          default -> "";
        };
    return found.isEmpty() ? null : found;
  }

  /** How many words the longest name starting with this word has; 0 when none does. */
  int longestFrom(String key) {
    return longestFrom.getOrDefault(key, 0);
  }

  /**
   * The places that words {@code from} to {@code to} (excluded) of the text name, as they are
   * written there; empty when they name none, or not as a name is written. In a {@code headline}
   * (most words capitalised), a capital does not make a common English word a name.
   */
  List<Place> named(String text, List<Word> words, int from, int to, boolean headline) {
    StringBuilder phrase = new StringBuilder();
    for (int i = from; i < to; i++) {
      phrase.append(i > from ? " " : "").append(words.get(i).key());
    }
    Place[] places = byPhrase.get(phrase.toString());
    if (places == null) {
      return List.of();
    }
    Word first = words.get(from);
    boolean capitalised = Character.isUpperCase(first.text().codePointAt(0));
    boolean oneWord = to - from == 1;
    boolean strict = oneWord && strictWords.contains(first.key());
    boolean common = oneWord && commonWords.contains(first.key());
    boolean asName =
        capitalised
            && !headline
            && !first.text().equals(first.text().toUpperCase(Locale.ROOT))
            && !startsSentence(text, first.start());
    List<Place> named = new ArrayList<>(places.length);
    for (Place place : places) {
      boolean taken;
      if (strict) {
        taken = asName && place.population() >= COMMON_WORD_POPULATION;
      } else if (common) {
        taken = capitalised;
      } else {
        taken = capitalised || place.population() >= LOWER_CASE_POPULATION;
      }
      if (taken) {
        named.add(place);
      }
    }
    return named;
  }

  private static boolean startsSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && "\"“«'‘(¿¡".indexOf(c) < 0) {
        return ".!?:;".indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static WorldPlaces load() {
    Map<String, List<Place>> byPhrase = new HashMap<>();
    Map<String, Integer> longestFrom = new HashMap<>();
    Set<String> commonWords = new HashSet<>();
    Set<String> strictWords = new HashSet<>();
    Map<String, String[]> translated = new HashMap<>();
    String[] lastPlace = null;
    for (CharArraySet stopWords :
        List.of(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            SpanishAnalyzer.getDefaultStopSet(),
            FrenchAnalyzer.getDefaultStopSet())) {
      stopWords.forEach(word -> strictWords.add(Words.key(new String((char[]) word))));
    }
    try (InputStream in = WorldPlaces.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        switch (fields[0]) {
          case "C" ->
              Arrays.stream(fields, 1, fields.length).map(Words::key).forEach(commonWords::add);
          case "E" ->
              Arrays.stream(fields, 1, fields.length).map(Words::key).forEach(strictWords::add);
          case "R", "P" -> {
            // the first name is the one it is shown by
            Place place =
                new Place(
                    fields[4],
                    fields[1].intern(),
                    Integer.parseInt(fields[3]),
                    fields[0].equals("R"));
            for (int i = 4; i < fields.length; i++) {
              add(fields[i], place, byPhrase, longestFrom);
            }
            lastPlace = fields;
          }
          case "T" -> {
            // the Spanish and French names of the P line above, each one of its names
            String[] names = {
              fields.length > 1 ? fields[1] : "", fields.length > 2 ? fields[2] : ""
            };
            for (int i = 4; lastPlace != null && i < lastPlace.length; i++) {
              translated.putIfAbsent(
                  lastPlace[1] + ":" + String.join(" ", Words.keys(lastPlace[i])), names);
            }
          }
          default -> throw new IllegalStateException(FILE + ": unknown line " + fields[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Place[]> compact = new HashMap<>(byPhrase.size() * 4 / 3 + 1);
    byPhrase.forEach((phrase, places) -> compact.put(phrase, places.toArray(Place[]::new)));
    return new WorldPlaces(compact, longestFrom, commonWords, strictWords, translated);
  }

  private static void add(
      String name,
      Place place,
      Map<String, List<Place>> byPhrase,
      Map<String, Integer> longestFrom) {
    List<String> keys = Words.keys(name);
    if (keys.isEmpty()) {
      return;
    }
    List<Place> places = byPhrase.computeIfAbsent(String.join(" ", keys), k -> new ArrayList<>(1));
    if (!places.contains(place)) {
      places.add(place);
    }
    longestFrom.merge(keys.get(0), keys.size(), Math::max);
  }
}
