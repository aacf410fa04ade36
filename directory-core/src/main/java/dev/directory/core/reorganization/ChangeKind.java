package dev.directory.core.reorganization;

import java.util.Locale;
import java.util.Optional;

/** What happened to an organisation on a day (after W3C ORG's ChangeEvent). */
public enum ChangeKind {
  /** It began, as a successor of a split. */
  CREATED,
  RENAMED,
  /** It moved under another parent. */
  MOVED,
  /** It joined another, which took its units, people and positions. */
  MERGED,
  /** It became several successors, each taking some of its units, people and positions. */
  SPLIT,
  CLOSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds a member of staff may record (a creation comes with a split). */
  public static Optional<ChangeKind> recordable(String code) {
    for (ChangeKind kind : values()) {
      if (kind != CREATED && kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public static ChangeKind parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Whether the organisation is closed after it. */
  public boolean closes() {
    return this == MERGED || this == SPLIT || this == CLOSED;
  }
}
