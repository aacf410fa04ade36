package dev.directory.search.index;

import java.text.Normalizer;
import java.util.Locale;

/** Accent-, case- and spacing-free form of a whole name: for sorting and exact-name matches. */
public final class Folding {

  private Folding() {}

  /** {@code " Ministerio de SALUD "} → {@code "ministerio de salud"}; "Álvarez" sorts with A. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
