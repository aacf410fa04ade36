package dev.directory.core.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.country.Countries;
import dev.directory.core.storage.TextList;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
   * An organisation the steward looks after that closed, merged or split, and a successor of it
   * that names no steward yet: whose is it now?
   */
  public record Handover(
      String closedId, String closedName, String successorId, String successorName) {}

  /**
   * @param stale the first {@link #LISTED}, oldest first
   * @param staleCount how many there are
   * @param handovers successors of their closed organisations that name no steward
   */
  public record Work(
      List<ReportedRecord> reports,
      List<StaleRecord> stale,
      long staleCount,
      List<Handover> handovers) {

    public boolean nothingToDo() {
      return reports.isEmpty() && staleCount == 0 && handovers.isEmpty();
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
          return new Work(reported, stale, count, handovers(username, roster));
        });
  }

  /** The successors without a steward of the closed organisations {@code username} looks after. */
  private List<Handover> handovers(String username, Roster roster) {
    List<Handover> handovers = new ArrayList<>();
    jdbc.prepareStatement(
        "SELECT id, name, successors FROM organization WHERE status = 'closed'"
            + " AND successors <> '' ORDER BY name",
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              String closedId = rows.getString(1);
              String closedName = rows.getString(2);
              boolean theirs =
                  stewards
                      .record(RecordKind.ORGANIZATION, closedId, roster)
                      .filter(record -> record.stewardship().stewards().contains(username))
                      .isPresent();
              if (!theirs) {
                continue;
              }
              for (String successor : TextList.split(rows.getString(3))) {
                stewards
                    .record(RecordKind.ORGANIZATION, successor, roster)
                    .filter(record -> !record.stewardship().assigned())
                    .ifPresent(
                        record ->
                            handovers.add(
                                new Handover(closedId, closedName, successor, record.name())));
              }
            }
          }
          return null;
        });
    return handovers;
  }

  /** A kind's rows from {@code from}, which names its table {@code x}, with their verification. */
  private static String select(RecordTable table, String from) {
    return "SELECT '"
        + table.entity()
        + "' AS entity, x.id AS id, "
        + table.name
        + " AS name, v.verified_on AS verified_on FROM "
        + from
        + " LEFT JOIN verification v ON v.record_id = x.id AND v.record_kind = '"
        + table.kind.code()
        + "'";
  }

  /**
   * The stale records {@code username} looks after, oldest first: those of the countries (and, with
   * {@code noCountry}, of no country) that name no steward, and those that name them. Each part is
   * a select of its own, so that each finds its rows by index: organisations by country, their
   * people and positions by organisation, a verification by id.
   */
  private long stale(
      String username,
      LocalDate cutoff,
      List<String> countries,
      boolean noCountry,
      List<StaleRecord> listed) {
    String stale = " (v.verified_on IS NULL OR v.verified_on < ?)";
    List<String> parts = new ArrayList<>();
    List<Binding> bindings = new ArrayList<>();
    for (RecordTable table : RecordTable.values()) {
      String country = " WHERE " + table.organization() + ".country";
      String unnamed =
          " AND NOT EXISTS ("
              + Stewards.ACTING_STEWARD
              + " WHERE st.record_kind = '"
              + table.entity()
              + "' AND st.record_id = x.id)";
      parts.add(
          select(table, table.withOrganization()) + country + " = ANY(?) AND" + stale + unnamed);
      bindings.add(
          (statement, at) -> {
            statement.setArray(
                at, statement.getConnection().createArrayOf("VARCHAR", countries.toArray()));
            statement.setDate(at + 1, Date.valueOf(cutoff));
            return at + 2;
          });
      if (noCountry) {
        parts.add(
            select(table, table.withOrganization()) + country + " IS NULL AND" + stale + unnamed);
        bindings.add(
            (statement, at) -> {
              statement.setDate(at, Date.valueOf(cutoff));
              return at + 1;
            });
      }
      parts.add(
          select(
                  table,
                  "steward st JOIN account a ON a.username = st.username AND a.enabled"
                      + " AND a.role <> 'VIEWER' JOIN "
                      + table.table
                      + " x ON x.id = st.record_id AND st.record_kind = '"
                      + table.entity()
                      + "'")
              + " WHERE st.username = ? AND"
              + stale);
      bindings.add(
          (statement, at) -> {
            statement.setString(at, username);
            statement.setDate(at + 1, Date.valueOf(cutoff));
            return at + 2;
          });
    }
    return jdbc.prepareStatement(
        String.join(" UNION ALL ", parts) + " ORDER BY verified_on NULLS FIRST, entity, id",
        statement -> {
          int at = 1;
          for (Binding binding : bindings) {
            at = binding.bind(statement, at);
          }
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

  /** Sets a part's parameters from {@code at}; answers where the next part's begin. */
  private interface Binding {
    int bind(PreparedStatement statement, int at) throws SQLException;
  }
}
