package dev.directory.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-, case- and spacing-free form of a name or a word: for sorting, exact-name matches, and
 * recognising country names and the words of press inquiries.
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Folding() {}

  /** {@code " Ministerio de SALUD "} → {@code "ministerio de salud"}; "Álvarez" sorts with A. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return SPACES.matcher(bare).replaceAll(" ").strip();
  }
}
