package dev.directory.core.watch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** How often a member of staff is sent the digest of their watches. */
public enum DigestFrequency {
  DAILY,
  WEEKLY,
  NEVER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DigestFrequency> parse(String code) {
    for (DigestFrequency frequency : values()) {
      if (frequency.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return Optional.of(frequency);
      }
    }
    return Optional.empty();
  }

  /**
   * The first day of the last whole period before {@code today}: yesterday, or the Monday of last
   * week (weeks start on Monday).
   */
  LocalDate lastWholePeriod(LocalDate today) {
    return this == DAILY
        ? today.minusDays(1)
        : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
  }

  /** The day after the period that starts on {@code start}. */
  LocalDate end(LocalDate start) {
    return this == DAILY ? start.plusDays(1) : start.plusWeeks(1);
  }
}
