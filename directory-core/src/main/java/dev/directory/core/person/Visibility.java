package dev.directory.core.person;

import java.util.Locale;

/** Whether a person's details may be shown to the public or only to signed-in staff. */
public enum Visibility {
  PUBLIC,
  INTERNAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Visibility parse(String value) {
    for (Visibility visibility : values()) {
      if (visibility.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return visibility;
      }
    }
    throw new IllegalArgumentException(
        "\"" + value + "\" is not a visibility; use public or internal");
  }
}
