package dev.directory.core.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.country.Countries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A steward's work: the open reports on the records they look after, and those of their records
 * that are stale (never verified, or last verified before a cutoff), oldest first.
 */
@Singleton
public class StewardQueue {

  /** The stale records a queue lists at most; it counts them all. */
  public static final int LISTED = 200;

  private final JdbcOperations jdbc;
  private final Stewards stewards;
  private final OutdatedReports reports;
  private final TransactionOperations<Connection> transactions;

  StewardQueue(
      JdbcOperations jdbc,
      Stewards stewards,
      OutdatedReports reports,
      TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.stewards = stewards;
    this.reports = reports;
    this.transactions = transactions;
  }

  /** A report waiting on a record, with the record's name. */
  public record ReportedRecord(OutdatedReport report, String name) {}

  /**
   * A record due to be verified.
   *
   * @param verifiedOn null when it never was
   */
  public record StaleRecord(
      RecordKind kind, String id, String name, @Nullable LocalDate verifiedOn) {}

  /**
   * @param stale the first {@link #LISTED}, oldest first
   * @param staleCount how many there are
   */
  public record Work(List<ReportedRecord> reports, List<StaleRecord> stale, long staleCount) {

    public boolean nothingToDo() {
      return reports.isEmpty() && staleCount == 0;
    }
  }

  /**
   * {@code username}'s work.
   *
   * @param cutoff records last verified before this day are stale
   */
  public Work of(String username, LocalDate cutoff) {
    Roster roster = stewards.roster();
    List<String> countries = roster.countriesOf(username, Countries.codes());
    boolean noCountry = roster.defaultStewards(null).contains(username);
    return transactions.executeRead(
        status -> {
          List<ReportedRecord> reported = new ArrayList<>();
          for (OutdatedReport report : reports.open()) {
            stewards
                .record(report.kind(), report.recordId(), roster)
                .filter(record -> record.stewardship().stewards().contains(username))
                .ifPresent(record -> reported.add(new ReportedRecord(report, record.name())));
          }
          List<StaleRecord> stale = new ArrayList<>();
          long count = stale(username, cutoff, countries, noCountry, stale);
          return new Work(reported, stale, count);
        });
  }

  private long stale(
      String username,
      LocalDate cutoff,
      List<String> countries,
      boolean noCountry,
      List<StaleRecord> listed) {
    return jdbc.prepareStatement(
        "SELECT r.entity, r.id, r.name, v.verified_on FROM ("
            + Stewards.RECORDS
            + ") r"
            + " LEFT JOIN verification v ON v.record_kind = r.kind AND v.record_id = r.id"
            + " LEFT JOIN ("
            + Stewards.ACTING_STEWARD
            + ") s"
            + " ON s.record_kind = r.entity AND s.record_id = r.id"
            + " WHERE (v.verified_on IS NULL OR v.verified_on < ?)"
            + " AND (s.username = ? OR (s.username IS NULL"
            + " AND (r.country = ANY(?) OR (? AND r.country IS NULL))))"
            + " ORDER BY v.verified_on NULLS FIRST, r.entity, r.id",
        statement -> {
          statement.setDate(1, Date.valueOf(cutoff));
          statement.setString(2, username);
          statement.setArray(
              3, statement.getConnection().createArrayOf("VARCHAR", countries.toArray()));
          statement.setBoolean(4, noCountry);
          long count = 0;
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              if (count++ < LISTED) {
                Date on = rows.getDate(4);
                listed.add(
                    new StaleRecord(
                        RecordKind.valueOf(rows.getString(1)),
                        rows.getString(2),
                        rows.getString(3),
                        on == null ? null : on.toLocalDate()));
              }
            }
          }
          return count;
        });
  }
}
