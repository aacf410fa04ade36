package dev.directory.web.quality;

import dev.directory.core.audit.AuditTrend;
import dev.directory.core.country.Countries;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.reorganization.ClosedOrganizations;
import dev.directory.core.steward.OutdatedReport;
import dev.directory.core.steward.OutdatedReports;
import dev.directory.core.steward.Stewards;
import dev.directory.search.quality.HealthCounts;
import dev.directory.search.query.DirectoryEntry;
import dev.directory.search.query.Matches;
import dev.directory.web.duplicate.DuplicateList;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.language.Texts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data health of a scope: counts of records and of what they have from the index ({@link
 * HealthCounts}, kept while the index does not move), reports waiting from their store (each placed
 * by its record's country), duplicate pairs from the last scan.
 */
@Singleton
record HealthReports(
    HealthCounts counts,
    MissionOffices offices,
    Organizations organizations,
    OutdatedReports reports,
    Matches matches,
    DuplicateList duplicates,
    Freshness freshness,
    Stewards stewards,
    ClosedOrganizations closed,
    AuditTrend trend) {

  /** How many months the trend shows. */
  static final int MONTHS = 12;

  /**
   * @param office a mission office's id, or null
   * @param country a country's code, or null
   * @throws Refused naming an office or country that is not one
   */
  HealthReport of(@Nullable String office, @Nullable String country) {
    String code =
        country == null || country.isBlank()
            ? null
            : Refused.reading("country", () -> Countries.parse(country));
    MissionOffice found = office == null || office.isBlank() ? null : office(office.strip());
    Set<String> countries = countries(found, code);
    try {
      HealthCounts.Counts counted = counts.of(countries);
      List<OutdatedReport> waiting = waitingIn(countries);
      String filters = filters(found, code);
      long records = counted.records();
      return new HealthReport(
          found == null ? null : found.organizationId(),
          code,
          name(found, code),
          freshness.staleAfterMonths(),
          HealthReport.Measure.of(records).listedAt(page(filters), export(filters)),
          counted.people(),
          counted.organizations(),
          counted.positions(),
          HealthReport.Measure.share(counted.withEmail(), records),
          HealthReport.Measure.share(counted.withValidPhone(), records),
          HealthReport.Measure.share(records - counted.stale(), records),
          HealthReport.Measure.share(counted.stale(), records)
              .listedAt(page(and("stale=true", filters)), export(and("stale=true", filters))),
          HealthReport.Measure.of(waiting.size()),
          waiting.stream()
              .map(OutdatedReport::reportedAt)
              .min(Comparator.naturalOrder())
              .orElse(null),
          duplicates("person", found, code),
          duplicates("organization", found, code),
          HealthReport.Measure.share(counted.vacantPositions(), counted.positions()),
          HealthReport.Measure.share(
              sum(closed.peopleLeftByCountry(), countries), counted.people()),
          HealthReport.Measure.share(
              sum(stewards.organizationsNamingNoStewardByCountry(), countries),
              counted.organizations()),
          trend.lastMonths(MONTHS, YearMonth.now(ZoneOffset.UTC), countries).stream()
              .map(m -> new HealthReport.Month(m.month().toString(), m.changed(), m.verified()))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of the whole directory and of each mission office, the whole first. */
  List<HealthReport> overview() {
    List<HealthReport> all = new java.util.ArrayList<>();
    all.add(of(null, null));
    List<String> ids = offices.findAll().stream().map(MissionOffice::organizationId).toList();
    Map<String, String> names = new HashMap<>();
    organizations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
    ids.stream()
        .sorted(Comparator.comparing(id -> names.getOrDefault(id, id)))
        .forEach(id -> all.add(of(id, null)));
    return all;
  }

  /** The counts of the scope's countries (every country's when null). */
  private static long sum(Map<String, Long> byCountry, @Nullable Set<String> countries) {
    return byCountry.entrySet().stream()
        .filter(e -> countries == null || countries.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private MissionOffice office(String id) {
    return offices
        .find(id)
        .orElseThrow(
            () ->
                Refused.of(
                    "office", ProblemCode.REFERENCE_MISSING, ProblemWord.MISSION_OFFICE, id));
  }

  /** The countries of the scope; null for every country. */
  private static @Nullable Set<String> countries(
      @Nullable MissionOffice office, @Nullable String code) {
    if (office == null || office.coversAll()) {
      return code == null ? null : Set.of(code);
    }
    if (code == null) {
      return Set.copyOf(office.coverage());
    }
    return office.coverage().contains(code) ? Set.of(code) : Set.of();
  }

  private List<OutdatedReport> waitingIn(@Nullable Set<String> countries) throws IOException {
    List<OutdatedReport> open = reports.open();
    if (countries == null || open.isEmpty()) {
      return open;
    }
    Map<String, String> countryOf = new HashMap<>();
    for (DirectoryEntry entry :
        matches.entries(open.stream().map(OutdatedReport::recordId).distinct().toList())) {
      if (entry.country() != null) {
        countryOf.put(entry.id(), entry.country());
      }
    }
    return open.stream()
        .filter(r -> countryOf.containsKey(r.recordId()))
        .filter(r -> countries.contains(countryOf.get(r.recordId())))
        .toList();
  }

  private HealthReport.Measure duplicates(
      String type, @Nullable MissionOffice office, @Nullable String country) {
    String officeId = office == null ? null : office.organizationId();
    // a page of figures does not wait for the first scan (a minute at a million people)
    long pairs = duplicates.waiting(type, officeId, country).orElse(0L);
    String query =
        "type="
            + type
            + (officeId == null ? "" : "&office=" + encode(officeId))
            + (country == null ? "" : "&country=" + country);
    return HealthReport.Measure.of(pairs)
        .listedAt("/duplicates?" + query, "/api/duplicates?" + query);
  }

  private String name(@Nullable MissionOffice office, @Nullable String country) {
    String place = country == null ? null : Countries.name(country, Texts.locale());
    if (office == null) {
      return place == null ? Texts.t("quality.whole") : place;
    }
    String officeName =
        organizations
            .find(office.organizationId())
            .map(o -> o.name())
            .orElse(office.organizationId());
    return place == null ? officeName : officeName + " · " + place;
  }

  /** The search page's filters of the scope, as a query string. */
  private static String filters(@Nullable MissionOffice office, @Nullable String country) {
    StringBuilder query = new StringBuilder();
    if (country != null) {
      query.append("country=").append(country);
    } else if (office != null && !office.coversAll()) {
      office.coverage().stream()
          .sorted()
          .forEach(c -> query.append(query.length() == 0 ? "" : "&").append("country=").append(c));
    }
    return query.toString();
  }

  private static String page(String filters) {
    return filters.isEmpty() ? "/" : "/?" + filters;
  }

  private static String export(String filters) {
    return and("/api/search/export?format=csv", filters);
  }

  private static String and(String query, String more) {
    return more.isEmpty() ? query : query + "&" + more;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
