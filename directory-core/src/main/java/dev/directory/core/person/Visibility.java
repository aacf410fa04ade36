package dev.directory.core.person;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
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
    throw new InvalidValue(
        ProblemCode.CHOICE_INVALID, value, ProblemWord.VISIBILITY, "public, internal");
  }
}
