package dev.directory.search.routing;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Tells English, Spanish and French apart by their commonest small words. */
final class LanguageGuess {

  private record Language(String code, Set<String> commonWords) {
    Language(String code, String commonWords) {
      this(code, Arrays.stream(commonWords.split(" ")).map(Words::key).collect(Collectors.toSet()));
    }
  }

  private static final List<Language> LANGUAGES =
      List.of(
          new Language(
              "en",
              "the and of to in is on for about we with would you could please our what are this"
                  + " how"),
          new Language(
              "es",
              "el la los las de del y en que sobre para por con una un nos podrían gracias como es"
                  + " esta su"),
          new Language(
              "fr",
              "le la les des de du et en que sur pour nous une un vous est pourriez merci au aux"
                  + " dans avec ce qui"));

  private LanguageGuess() {}

  /** "en", "es" or "fr", or null when the text has none of their common words. */
  static @Nullable String of(String text) {
    List<String> keys = Words.read(text).stream().map(Words.Word::key).toList();
    String best = null;
    long bestCount = 0;
    for (Language language : LANGUAGES) {
      long count = keys.stream().filter(language.commonWords()::contains).count();
      if (count > bestCount) {
        best = language.code();
        bestCount = count;
      }
    }
    return best;
  }
}
