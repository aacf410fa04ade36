package dev.directory.core.watch;

import java.util.Locale;

/** What a watch follows. */
public enum WatchKind {
  /** One record. */
  RECORD,
  /** An organisation with its units, people and positions, however deep. */
  ORGANIZATION,
  /** The records a search finds. */
  SEARCH;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static WatchKind parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
