package dev.directory.core.reorganization;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** What is left in organisations that closed: people no living organisation holds. */
@Singleton
public class ClosedOrganizations {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  ClosedOrganizations(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * How many people of each country are still in a closed organisation (the empty code for one of
   * no country): in no organisation that exists today.
   */
  public Map<String, Long> peopleLeftByCountry() {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT o.country, COUNT(*) FROM person p JOIN organization o"
                    + " ON o.id = p.organization_id WHERE o.status = 'closed' GROUP BY o.country",
                statement -> {
                  Map<String, Long> counts = new HashMap<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      String country = rows.getString(1);
                      counts.merge(country == null ? "" : country, rows.getLong(2), Long::sum);
                    }
                  }
                  return counts;
                }));
  }
}
