package dev.directory.web.freshness;

import dev.directory.core.change.RecordKind;
import dev.directory.core.freshness.Verification;
import dev.directory.core.freshness.Verifications;
import dev.directory.core.steward.OutdatedReport;
import dev.directory.core.steward.OutdatedReports;
import dev.directory.core.steward.Stewards;
import dev.directory.core.steward.Stewardship;
import dev.directory.search.sync.Staleness;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How fresh records are: a record not verified for longer than {@code directory.stale-after-months}
 * (12 by default) is stale. A setting that is not a whole number of months, 1 or more, stops the
 * server at start, saying so.
 */
@Context
public class Freshness implements Staleness {

  public static final String SETTING = "directory.stale-after-months";

  private final Verifications verifications;
  private final Stewards stewards;
  private final OutdatedReports reports;
  private final int months;

  Freshness(
      Verifications verifications,
      Stewards stewards,
      OutdatedReports reports,
      @Value("${" + SETTING + ":12}") String months) {
    this.verifications = verifications;
    this.stewards = stewards;
    this.reports = reports;
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
    Verification last = verifications.find(kind, id).orElse(null);
    Stewardship stewardship = stewards.of(kind, id);
    return new FreshnessView(
        last == null ? null : last.on().toString(),
        last == null ? null : last.by(),
        last == null ? null : last.how().code(),
        last == null || last.staleOn(today(), months),
        months,
        stewardship.stewards(),
        stewardship.assigned(),
        (int) reports.of(kind, id).stream().filter(OutdatedReport::open).count());
  }

  /** The first day a verification still keeps a record fresh today. */
  public LocalDate cutoff() {
    return cutoff(today());
  }

  @Override
  public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
    Set<String> stale = new HashSet<>(ids);
    stale.removeAll(verifications.verifiedSince(kind, ids, cutoff(today())));
    return stale;
  }

  @Override
  public Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today) {
    return verifications.verifiedBetween(cutoff(since), cutoff(today));
  }

  /** The first day a verification still keeps a record fresh on {@code day}. */
  private LocalDate cutoff(LocalDate day) {
    return day.minusMonths(months);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
