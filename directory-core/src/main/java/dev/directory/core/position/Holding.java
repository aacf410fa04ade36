package dev.directory.core.position;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holding a position (Popolo's Membership): from {@code start} to {@code end}, both days
 * included; an open start is "since before the directory knew", an open end "still holds it".
 */
public record Holding(String personId, @Nullable LocalDate start, @Nullable LocalDate end) {

  public Holding {
    Objects.requireNonNull(personId, "personId");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("a holding cannot end before it starts");
    }
  }

  /** Whether the person held the position on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
  }

  /** The same holding, ended on {@code day}. */
  public Holding endedOn(LocalDate day) {
    return new Holding(personId, start, day);
  }
}
