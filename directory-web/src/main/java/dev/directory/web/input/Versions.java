package dev.directory.web.input;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;

/** The version a change was made on, as a body, a form or an address gives it. */
public final class Versions {

  private Versions() {}

  /**
   * @throws Refused naming {@code version} when it is not a whole number
   */
  public static long of(@Nullable Object value) {
    return of("version", value);
  }

  public static long of(String field, @Nullable Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw Refused.of(field, ProblemCode.VERSION_REQUIRED);
    }
  }

  /** The version when it reads as one, else null: a form shown again keeps what it can. */
  @Nullable
  public static Long readable(@Nullable String value) {
    return value != null && value.strip().matches("[0-9]{1,18}")
        ? Long.valueOf(value.strip())
        : null;
  }
}
