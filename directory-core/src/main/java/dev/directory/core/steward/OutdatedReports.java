package dev.directory.core.steward;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Report outdated": readers say what is wrong with a record, and the report waits in its stewards'
 * queue until the record's history gains a change after it. Nothing marks a report resolved: the
 * change that does so is whatever edit, verification, merge or deletion came next, however it came
 * (a page, the API, an import).
 */
@Singleton
public class OutdatedReports {

  /** Who a report from the public press page is by. */
  public static final String PUBLIC = "public";

  public static final int MAX_LENGTH = 2000;

  private static final String SELECT =
      "SELECT r.id, r.entity, r.entity_id, r.what, r.reported_by, r.reported_at,"
          + " c.action, c.actor, c.changed_at FROM outdated_report r"
          + " LEFT JOIN record_change c ON c.id = (SELECT MIN(f.id) FROM record_change f"
          + " WHERE f.entity = r.entity AND f.entity_id = r.entity_id"
          + " AND f.id > r.after_change)";

  private final JdbcOperations jdbc;
  private final People people;
  private final Organizations organizations;
  private final Positions positions;
  private final TransactionOperations<Connection> transactions;
  private final Writes writes;

  OutdatedReports(
      JdbcOperations jdbc,
      People people,
      Organizations organizations,
      Positions positions,
      TransactionOperations<Connection> transactions,
      Writes writes) {
    this.jdbc = jdbc;
    this.people = people;
    this.organizations = organizations;
    this.positions = positions;
    this.transactions = transactions;
    this.writes = writes;
  }

  /**
   * Files a report on the record.
   *
   * @param by the account, or {@link #PUBLIC}
   * @throws Refused when {@code what} is empty or too long
   * @throws NotFound when there is no such record (a deleted one included)
   */
  public OutdatedReport file(RecordKind kind, String id, String what, String by) {
    String text = what == null ? "" : what.strip();
    if (text.isEmpty()) {
      throw Refused.of("what", ProblemCode.REQUIRED);
    }
    if (text.length() > MAX_LENGTH) {
      throw Refused.of("what", ProblemCode.TEXT_TOO_LONG, text.length(), MAX_LENGTH);
    }
    Instant now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toInstant();
    long reportId =
        writes.inTransaction(
            () -> {
              // in the transaction: a record deleted meanwhile is not reported
              if (!exists(kind, id)) {
                throw kind.notFound(id);
              }
              return jdbc.execute(
                  connection -> {
                    try (PreparedStatement statement =
                        connection.prepareStatement(
                            "INSERT INTO outdated_report (entity, entity_id, what, reported_by,"
                                + " reported_at, after_change) VALUES (?, ?, ?, ?, ?,"
                                + " (SELECT COALESCE(MAX(id), 0) FROM record_change))",
                            new String[] {"id"})) {
                      statement.setString(1, kind.name());
                      statement.setString(2, id);
                      statement.setString(3, text);
                      statement.setString(4, by);
                      statement.setObject(5, now.atOffset(ZoneOffset.UTC));
                      statement.executeUpdate();
                      try (ResultSet keys = statement.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                      }
                    }
                  });
            });
    return new OutdatedReport(reportId, kind, id, text, by, now, null);
  }

  public Optional<OutdatedReport> find(long id) {
    List<OutdatedReport> found = select(" WHERE r.id = ?", s -> s.setLong(1, id));
    return found.stream().findFirst();
  }

  /** The record's reports, oldest first, open and resolved. */
  public List<OutdatedReport> of(RecordKind kind, String id) {
    return select(
        " WHERE r.entity = ? AND r.entity_id = ? ORDER BY r.reported_at, r.id",
        statement -> {
          statement.setString(1, kind.name());
          statement.setString(2, id);
        });
  }

  /**
   * The record's reports, as {@link #of} lists them, for whoever asks for them by the record's id.
   *
   * @throws NotFound when there is no such record, and never was one reported on
   */
  public List<OutdatedReport> onRecord(RecordKind kind, String id) {
    List<OutdatedReport> found = of(kind, id);
    if (found.isEmpty() && !exists(kind, id)) {
      throw kind.notFound(id);
    }
    return found;
  }

  /** Up to {@code limit} reports filed after report {@code id}, in the order they were filed. */
  public List<OutdatedReport> after(long id, int limit) {
    return select(
        " WHERE r.id > ? ORDER BY r.id LIMIT ?",
        statement -> {
          statement.setLong(1, id);
          statement.setInt(2, limit);
        });
  }

  /** Every open report, oldest first. */
  public List<OutdatedReport> open() {
    return select(" WHERE c.id IS NULL ORDER BY r.reported_at, r.id", statement -> {});
  }

  /**
   * Hands a merged record's reports to the record it was merged into, whose history (with the
   * merge) they now follow. Call inside the transaction of the merge.
   */
  public void move(RecordKind kind, String from, String to) {
    jdbc.prepareStatement(
        "UPDATE outdated_report SET entity_id = ? WHERE entity = ? AND entity_id = ?",
        statement -> {
          statement.setString(1, to);
          statement.setString(2, kind.name());
          statement.setString(3, from);
          return statement.executeUpdate();
        });
  }

  private interface Binding {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private List<OutdatedReport> select(String where, Binding binding) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                SELECT + where,
                statement -> {
                  binding.bind(statement);
                  List<OutdatedReport> reports = new ArrayList<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      reports.add(read(rows));
                    }
                  }
                  return reports;
                }));
  }

  private static OutdatedReport read(ResultSet rows) throws SQLException {
    String action = rows.getString(7);
    return new OutdatedReport(
        rows.getLong(1),
        RecordKind.valueOf(rows.getString(2)),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getObject(6, OffsetDateTime.class).toInstant(),
        action == null
            ? null
            : new OutdatedReport.Resolution(
                action.toLowerCase(Locale.ROOT),
                rows.getString(8),
                rows.getObject(9, OffsetDateTime.class).toInstant()));
  }

  private boolean exists(RecordKind kind, String id) {
    return switch (kind) {
      case PERSON -> people.exists(id);
      case POSITION -> positions.exists(id);
      case ORGANIZATION -> organizations.exists(id);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }
}
