package dev.directory.core.change;

import java.util.Locale;

/** The kinds of record whose changes the change log carries. */
public enum RecordKind {
  TOPIC,
  ORGANIZATION,
  PERSON,
  ENGAGEMENT,
  POSITION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RecordKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
