package dev.directory.core.inquiry;

import java.util.List;
import java.util.Locale;

/**
 * Why an inquiry went where it went, as sentences in English, Spanish and French: the journalist,
 * the staff who work on it and the press contact's e-mail each read them in their own language. An
 * inquiry stored before the reasons were kept in three languages has only English ones.
 */
public record Reasons(List<String> en, List<String> es, List<String> fr) {

  public Reasons {
    en = List.copyOf(en);
    es = List.copyOf(es);
    fr = List.copyOf(fr);
  }

  /** Reasons written in English only. */
  public static Reasons english(List<String> en) {
    return new Reasons(en, List.of(), List.of());
  }

  /** The reasons in the language of {@code locale}, in English where that language has none. */
  public List<String> in(Locale locale) {
    List<String> translated =
        switch (locale.getLanguage()) {
          case "es" -> es;
          case "fr" -> fr;
          default -> en;
        };
    return translated.size() == en.size() ? translated : en;
  }
}
