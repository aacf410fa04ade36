package dev.directory.web.input;

import dev.directory.core.problem.Refused;
import dev.directory.core.record.Values;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A day a request names (YYYY-MM-DD), refused in plain words naming its field when it is not one.
 */
public final class Days {

  private Days() {}

  public static LocalDate read(String field, String value) {
    return Refused.reading(field, () -> Values.date(value.strip()));
  }

  /** The day given, or today (UTC) when none is. */
  public static LocalDate orToday(String field, @Nullable String value) {
    return value == null || value.isBlank() ? today() : read(field, value);
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
