package dev.directory.web.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * How healthy the records of one scope are: the whole directory, a mission office's countries, or a
 * country. Each measure is a count, a share of the records it applies to (0 to 1) where it has one,
 * and where the list behind it is, when the directory has one.
 *
 * @param office the mission office whose countries it covers; null for the whole directory
 * @param country the one country it covers; null for all
 * @param name the scope in words
 * @param records people, organisations and positions
 * @param withEmail records with an e-mail address
 * @param withValidPhone records with a phone that is valid for its country (libphonenumber)
 * @param verified records verified in the last {@code staleAfterMonths} months
 * @param stale records not verified for longer
 * @param reportsWaiting reports of outdated records not yet resolved
 * @param oldestReport when the oldest of them was made; null when none waits
 * @param duplicatePeople pairs of people likely the same, not yet merged or marked not the same, by
 *     the newest scan (0 while the first scan after a start is made: the figures do not wait)
 * @param duplicateOrganizations pairs of organisations likewise
 * @param vacantPositions positions nobody holds today
 * @param peopleInNoOrganization people whose organisation closed: no organisation of today holds
 *     them
 * @param organizationsNamingNoSteward active organisations that name no steward (their office's
 *     editors look after them by default)
 * @param trend the last twelve months, the oldest first: records changed and verified in each
 */
@Serdeable
public record HealthReport(
    @Nullable String office,
    @Nullable String country,
    String name,
    int staleAfterMonths,
    Measure records,
    long people,
    long organizations,
    long positions,
    Measure withEmail,
    Measure withValidPhone,
    Measure verified,
    Measure stale,
    Measure reportsWaiting,
    @Nullable Instant oldestReport,
    Measure duplicatePeople,
    Measure duplicateOrganizations,
    Measure vacantPositions,
    Measure peopleInNoOrganization,
    Measure organizationsNamingNoSteward,
    List<Month> trend) {

  /**
   * One month of the trend.
   *
   * @param month {@code YYYY-MM}
   * @param changed changes made to the scope's records (made, edited, merged, deleted)
   * @param verified verifications of them
   */
  @Serdeable
  public record Month(String month, long changed, long verified) {}

  /**
   * One measure.
   *
   * @param share of the records it applies to, from 0 to 1; null where it is not a share
   * @param list where the records behind it are listed (a page); null where there is no list
   * @param csv the same list as CSV (XLSX with {@code format=xlsx}); null where there is none
   */
  @Serdeable
  public record Measure(
      long count, @Nullable Double share, @Nullable String list, @Nullable String csv) {

    static Measure of(long count) {
      return new Measure(count, null, null, null);
    }

    static Measure share(long count, long of) {
      return new Measure(
          count, of == 0 ? null : Math.round(count * 1000.0 / of) / 1000.0, null, null);
    }

    Measure listedAt(@Nullable String page, @Nullable String export) {
      return new Measure(count, share, page, export);
    }
  }
}
