package dev.directory.search.duplicates;

import dev.directory.core.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a name as duplicates are compared: folded ("Pérez" is "perez"), split at spaces,
 * hyphens and dots, without the particles of family names ("de la Fuente" is "fuente"). A single
 * letter stays, as an initial ("Maria E." keeps "e").
 */
final class NameTokens {

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "der",
          "den", "le", "du", "des", "di", "al", "el", "bin", "ben");

  private NameTokens() {}

  static List<String> of(String name) {
    List<String> tokens = new ArrayList<>();
    for (String token : SEPARATORS.split(Folding.fold(name))) {
      if (!token.isEmpty() && !PARTICLES.contains(token)) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  static boolean isInitial(String token) {
    return token.length() == 1;
  }

  /** The first four letters: what two spellings of a name most often still share. */
  static String stem(String token) {
    return token.length() <= 4 ? token : token.substring(0, 4);
  }

  /**
   * Whether two words differ by a slip of the keyboard: one letter added, dropped, changed or two
   * swapped (two for words of eight letters or more); never for words under four letters.
   */
  static boolean typo(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    if (longest < 4 || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int allowed = longest >= 8 ? 2 : 1;
    return distance(a, b, allowed) <= allowed;
  }

  /** Optimal string alignment distance, stopped once it exceeds {@code bound}. */
  static int distance(String a, String b, int bound) {
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }
}
