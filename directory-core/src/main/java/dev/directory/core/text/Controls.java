package dev.directory.core.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Characters no text the directory keeps may hold: control characters (NUL, which PostgreSQL cannot
 * store at all, and the others, which no reader expects) and halves of surrogate pairs (which are
 * no character at all). Tab and line breaks are allowed in multi-line text only. Every way in —
 * API, form, upload, import, sign-in — refuses them before anything is looked up or stored.
 */
public final class Controls {

  /**
   * The fields, by JSON name, form field or CSV column, whose text may run over several lines:
   * records' notes, an engagement's description, a position's holders (one per line in a form), an
   * inquiry's message, a note on it, what a report says is outdated.
   */
  private static final Set<String> MULTI_LINE =
      Set.of("notes", "description", "holders", "message", "note", "what");

  private Controls() {}

  /** A character that may not be kept, and where. */
  public record Found(int index, int codePoint) {

    /** {@code "U+0000"}: how a problem names it. */
    public String name() {
      return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** Whether it is half of a surrogate pair rather than a control character. */
    public boolean broken() {
      return Character.isSurrogate((char) codePoint);
    }
  }

  /** Whether the field's text may hold tabs and line breaks. */
  public static boolean multiLine(String field) {
    return MULTI_LINE.contains(field);
  }

  /** The first character of {@code text} that may not be kept, if any. */
  public static Optional<Found> find(CharSequence text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)
          || (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r')))) {
        return Optional.of(new Found(i, c));
      }
    }
    return Optional.empty();
  }

  /** The first character of a field's text that may not be kept, as {@link #multiLine} allows. */
  public static Optional<Found> inField(String field, CharSequence text) {
    return find(text, multiLine(field));
  }
}
