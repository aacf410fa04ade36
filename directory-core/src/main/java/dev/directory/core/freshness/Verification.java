package dev.directory.core.freshness;

import java.time.LocalDate;
import java.util.Objects;

/** When a record was last found true, by whom (an account, or {@code import}) and how. */
public record Verification(LocalDate on, String by, VerifiedHow how) {

  public Verification {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(how, "how");
  }

  /** Whether it is older than {@code months} on {@code today}: the record is stale. */
  public boolean staleOn(LocalDate today, int months) {
    return on.isBefore(today.minusMonths(months));
  }

  /** As the history writes it: "2026-12-03 by admin, by phone". */
  @Override
  public String toString() {
    return on + " by " + by + ", " + how.code();
  }
}
