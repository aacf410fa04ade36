package dev.directory.core.steward;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stewards of records: the account a record names as responsible for it, or by default the
 * editors of the office covering its country (an account belongs to at most one office).
 */
@Singleton
public class Stewards {

  /** The steward a record names, if that account is enabled and may edit. */
  static final String ACTING_STEWARD =
      "SELECT st.record_kind, st.record_id, st.username FROM steward st JOIN account a"
          + " ON a.username = st.username AND a.enabled AND a.role <> 'VIEWER'";

  /** How long a roster read is used before it is read again. */
  static final Duration ROSTER_AGE = Duration.ofSeconds(5);

  private final JdbcOperations jdbc;
  private final MissionOffices offices;
  private final Accounts accounts;
  private final TransactionOperations<Connection> transactions;
  private final Writes writes;
  private volatile CachedRoster cached;

  Stewards(
      JdbcOperations jdbc,
      MissionOffices offices,
      Accounts accounts,
      TransactionOperations<Connection> transactions,
      Writes writes) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.accounts = accounts;
    this.offices = offices;
    this.transactions = transactions;
  }

  /** The office the account belongs to, if any. */
  public Optional<String> officeOf(String username) {
    return Optional.ofNullable(
        accounts.find(username).orElseThrow(() -> NotFound.named(username)).officeId());
  }

  /**
   * Makes the account one of an office's (null: of none).
   *
   * @throws NotFound when there is no such account
   * @throws Refused when {@code officeId} is not a mission office
   */
  public void assignOffice(String username, @Nullable String officeId) {
    String office = officeId == null || officeId.isBlank() ? null : officeId.strip();
    writes.run(
        () -> {
          if (office != null && offices.find(office).isEmpty()) {
            throw Refused.of(
                "office", ProblemCode.REFERENCE_MISSING, ProblemWord.MISSION_OFFICE, office);
          }
          accounts.setOffice(username, office);
        });
    cached = null;
  }

  /**
   * Names the account responsible for the record (null: its country's default again). Call inside a
   * transaction that has checked the record exists.
   *
   * @throws Refused when there is no such account, or it may not edit
   */
  public void assign(RecordKind kind, String id, @Nullable String username) {
    jdbc.prepareStatement(
        "DELETE FROM steward WHERE record_kind = ? AND record_id = ?",
        statement -> {
          statement.setString(1, kind.name());
          statement.setString(2, id);
          return statement.executeUpdate();
        });
    if (username == null || username.isBlank()) {
      return;
    }
    String name = username.strip();
    Role role = accounts.find(name).map(Account::role).orElse(null);
    if (role == null) {
      throw Refused.of("steward", ProblemCode.ACCOUNT_NOT_FOUND, name);
    }
    if (role == Role.VIEWER) {
      throw Refused.of("steward", ProblemCode.STEWARD_ROLE, name);
    }
    jdbc.prepareStatement(
        "INSERT INTO steward (record_kind, record_id, username) VALUES (?, ?, ?)",
        statement -> {
          statement.setString(1, kind.name());
          statement.setString(2, id);
          statement.setString(3, name);
          return statement.executeUpdate();
        });
  }

  /**
   * How many active organisations of each country name no steward (none, or one who is disabled or
   * a viewer): their office's editors look after them by default. Organisations of no country are
   * counted under the empty code.
   */
  public Map<String, Long> organizationsNamingNoStewardByCountry() {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT o.country, COUNT(*) FROM organization o LEFT JOIN ("
                    + ACTING_STEWARD
                    + ") s ON s.record_kind = 'ORGANIZATION' AND s.record_id = o.id"
                    + " WHERE s.record_id IS NULL AND o.status = 'active' GROUP BY o.country",
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

  /** Who looks after the record; empty stewards when there is no such record. */
  public Stewardship of(RecordKind kind, String id) {
    Roster roster = roster();
    return transactions.executeRead(
        status ->
            record(kind, id, roster)
                .map(StewardedRecord::stewardship)
                .orElse(new Stewardship(List.of(), false)));
  }

  /** A record's name with who looks after it. */
  record StewardedRecord(String name, Stewardship stewardship) {}

  /** The record's name and stewards; empty when it is not there. Call inside a transaction. */
  Optional<StewardedRecord> record(RecordKind kind, String id, Roster roster) {
    RecordTable table = RecordTable.of(kind);
    return jdbc.prepareStatement(
        "SELECT "
            + table.name
            + ", "
            + table.organization()
            + ".country, s.username FROM "
            + table.withOrganization()
            + " LEFT JOIN ("
            + ACTING_STEWARD
            + ") s ON s.record_kind = '"
            + table.entity()
            + "' AND s.record_id = x.id WHERE x.id = ?",
        statement -> {
          statement.setString(1, id);
          try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              return Optional.empty();
            }
            String assigned = rows.getString(3);
            return Optional.of(
                new StewardedRecord(
                    rows.getString(1),
                    assigned != null
                        ? new Stewardship(List.of(assigned), true)
                        : new Stewardship(roster.defaultStewards(rows.getString(2)), false)));
          }
        });
  }

  /**
   * Accounts and offices as they stood at most {@link #ROSTER_AGE} ago (on this node, as they stand
   * since it last changed an account's office): who looks after each country's records. A record
   * page or an export asks for every record it shows.
   */
  Roster roster() {
    CachedRoster cached = this.cached;
    if (cached != null && System.nanoTime() - cached.readAt() < ROSTER_AGE.toNanos()) {
      return cached.roster();
    }
    Roster roster = readRoster();
    this.cached = new CachedRoster(roster, System.nanoTime());
    return roster;
  }

  private record CachedRoster(Roster roster, long readAt) {}

  private Roster readRoster() {
    Map<String, List<String>> editorsByOffice = new HashMap<>();
    List<String> admins = new ArrayList<>();
    for (Account account : accounts.all()) {
      if (!account.enabled() || account.role() == Role.VIEWER) {
        continue;
      }
      if (account.officeId() != null) {
        editorsByOffice
            .computeIfAbsent(account.officeId(), o -> new ArrayList<>())
            .add(account.username());
      }
      if (account.role() == Role.ADMIN) {
        admins.add(account.username());
      }
    }
    return new Roster(offices.findAll(), editorsByOffice, admins);
  }
}
