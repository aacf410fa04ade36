package dev.directory.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the directory was looked after, month by month, read from the history: the records
 * changed (made, edited, merged, deleted) and the records verified each month, of the records of
 * some countries (a person's or position's through its organisation) or of all.
 */
@Singleton
public class AuditTrend {

  /** One month's work. */
  public record Month(YearMonth month, long changed, long verified) {}

  private static final String COUNTED =
      "SELECT EXTRACT(YEAR FROM c.changed_at), EXTRACT(MONTH FROM c.changed_at), c.action,"
          + " COUNT(*) FROM record_change c";

  private static final String BY_COUNTRY =
      " LEFT JOIN organization oo ON c.entity = 'ORGANIZATION' AND oo.id = c.entity_id"
          + " LEFT JOIN person p ON c.entity = 'PERSON' AND p.id = c.entity_id"
          + " LEFT JOIN position po ON c.entity = 'POSITION' AND po.id = c.entity_id"
          + " LEFT JOIN organization o2 ON o2.id = COALESCE(p.organization_id, po.organization_id)";

  private static final String GROUPED =
      " GROUP BY EXTRACT(YEAR FROM c.changed_at), EXTRACT(MONTH FROM c.changed_at), c.action";

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  AuditTrend(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * The last {@code months} months up to {@code now}'s, the oldest first, each whether or not
   * anything happened in it.
   *
   * @param countries the countries whose records count; every record when null
   */
  public List<Month> lastMonths(int months, YearMonth now, @Nullable Collection<String> countries) {
    YearMonth first = now.minusMonths(months - 1L);
    Map<YearMonth, long[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < months; i++) {
      counts.put(first.plusMonths(i), new long[2]);
    }
    if (countries != null && countries.isEmpty()) {
      return months(counts);
    }
    String sql =
        COUNTED
            + (countries == null ? "" : BY_COUNTRY)
            + " WHERE c.changed_at >= ?"
            + (countries == null ? "" : " AND COALESCE(oo.country, o2.country) = ANY(?)")
            + GROUPED;
    transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  statement.setTimestamp(
                      1, Timestamp.from(first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
                  if (countries != null) {
                    statement.setArray(
                        2, statement.getConnection().createArrayOf("VARCHAR", countries.toArray()));
                  }
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      long[] month = counts.get(YearMonth.of(rows.getInt(1), rows.getInt(2)));
                      if (month != null) {
                        boolean verified =
                            RecordChange.Action.VERIFY.name().equals(rows.getString(3));
                        month[verified ? 1 : 0] += rows.getLong(4);
                      }
                    }
                  }
                  return null;
                }));
    return months(counts);
  }

  private static List<Month> months(Map<YearMonth, long[]> counts) {
    List<Month> months = new ArrayList<>();
    counts.forEach((month, c) -> months.add(new Month(month, c[0], c[1])));
    return months;
  }
}
