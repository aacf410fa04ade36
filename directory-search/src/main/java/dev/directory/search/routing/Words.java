package dev.directory.search.routing;

import dev.directory.core.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits free text into words and gives each a key that ignores case, accents and a plural "s":
 * "Pérou", "PEROU" and "perou" share a key, as do "peruanos" and "peruano".
 */
final class Words {

  private Words() {}

  /** A word of the text as written, where it is, and its key. */
  record Word(String key, String text, int start, int end) {

    boolean lowerCase() {
      return text.equals(text.toLowerCase(Locale.ROOT));
    }
  }

  static List<Word> read(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (start < text.length() && !isWordChar(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      int end = start;
      while (end < text.length() && isWordChar(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (end > start) {
        String word = text.substring(start, end);
        words.add(new Word(key(word), word, start, end));
      }
      i = end;
    }
    return words;
  }

  /**
   * Whether most of the longer words after the first are capitalised, as in an English headline
   * ("Asylum Seekers Face Long Waits In Tapachula"): a capital then does not say that a word is a
   * name.
   */
  static boolean headline(List<Word> words) {
    int longer = 0;
    int capitalised = 0;
    for (Word word : words.subList(Math.min(1, words.size()), words.size())) {
      if (word.text().length() >= 4) {
        longer++;
        capitalised += Character.isUpperCase(word.text().codePointAt(0)) ? 1 : 0;
      }
    }
    return longer >= 3 && capitalised * 10 >= longer * 6;
  }

  /** The keys of a phrase's words, in order. */
  static List<String> keys(String phrase) {
    return read(phrase).stream().map(Word::key).toList();
  }

  static String key(String word) {
    String folded = Folding.fold(word).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    boolean plural = folded.length() >= 4 && folded.endsWith("s") && !folded.endsWith("ss");
    return plural ? folded.substring(0, folded.length() - 1) : folded;
  }

  // Combining marks belong to the word they decorate (text may come decomposed).
  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint)
        || Character.getType(codePoint) == Character.NON_SPACING_MARK;
  }
}
