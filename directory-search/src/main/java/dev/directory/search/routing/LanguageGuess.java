package dev.directory.search.routing;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/** Tells English, Spanish and French apart by their stop words, as Lucene's analysers list them. */
public final class LanguageGuess {

  private record Language(String code, CharArraySet stopWords) {}

  private static final List<Language> LANGUAGES =
      List.of(
          new Language("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
          new Language("es", SpanishAnalyzer.getDefaultStopSet()),
          new Language("fr", FrenchAnalyzer.getDefaultStopSet()));

  private LanguageGuess() {}

  /**
   * The language of a short name, such as an organisation's local name ("Ministerio de Salud"):
   * "en", "es" or "fr" when its stop words are of that language alone, else null.
   */
  public static @Nullable String ofName(String name) {
    return most(name, true);
  }

  /** "en", "es" or "fr", or null when the text has none of their stop words. */
  static @Nullable String of(String text) {
    return most(text, false);
  }

  /**
   * The language with the most stop words in the text; on a tie the first of them, or null when
   * {@code tieIsUnknown}.
   */
  private static @Nullable String most(String text, boolean tieIsUnknown) {
    List<String> words =
        Words.read(text).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
    String best = null;
    long most = 0;
    boolean tied = false;
    for (Language language : LANGUAGES) {
      long count = words.stream().filter(language.stopWords()::contains).count();
      if (count > most) {
        best = language.code();
        most = count;
        tied = false;
      } else if (count == most && count > 0) {
        tied = true;
      }
    }
    return tied && tieIsUnknown ? null : best;
  }
}
