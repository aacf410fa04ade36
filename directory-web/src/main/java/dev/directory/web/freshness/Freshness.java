package dev.directory.web.freshness;

import dev.directory.core.change.RecordKind;
import dev.directory.core.freshness.Verification;
import dev.directory.core.freshness.Verifications;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How fresh records are: a record not verified for longer than {@code directory.stale-after-months}
 * (12 by default) is stale. A setting that is not a whole number of months, 1 or more, stops the
 * server at start, saying so.
 */
@Context
public class Freshness {

  public static final String SETTING = "directory.stale-after-months";

  private final Verifications verifications;
  private final int months;

  Freshness(Verifications verifications, @Value("${" + SETTING + ":12}") String months) {
    this.verifications = verifications;
    this.months = months(months);
  }

  static int months(String written) {
    try {
      int months = Integer.parseInt(written.strip());
      if (months >= 1) {
        return months;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalStateException(
        SETTING
            + " (DIRECTORY_STALE_AFTER_MONTHS) must be a whole number of months, 1 or more; it is “"
            + written
            + "”");
  }

  public int staleAfterMonths() {
    return months;
  }

  public FreshnessView of(RecordKind kind, String id) {
    return view(verifications.find(kind, id));
  }

  FreshnessView view(Optional<Verification> verification) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return verification
        .map(
            v ->
                new FreshnessView(
                    v.on().toString(), v.by(), v.how().code(), v.staleOn(today, months), months))
        .orElse(new FreshnessView(null, null, null, true, months));
  }
}
