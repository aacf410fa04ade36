package dev.directory.core.freshness;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.RowInserts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When each record was last verified. A verification changes nothing else of the record: its
 * version stays, the history gains a "verify" change, and the change log tells the index.
 */
@Singleton
public class Verifications {

  private static final String INSERT =
      "INSERT INTO verification (record_kind, record_id, verified_on, verified_by, how)"
          + " VALUES (?, ?, ?, ?, ?)";

  private final JdbcOperations jdbc;
  private final AuditLog audit;
  private final ChangeLog changeLog;
  private final RowInserts inserts;

  private final TransactionOperations<Connection> transactions;

  Verifications(
      JdbcOperations jdbc,
      AuditLog audit,
      ChangeLog changeLog,
      RowInserts inserts,
      TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
    this.inserts = inserts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.changeLog = changeLog;
  }

  public Optional<Verification> find(RecordKind kind, String id) {
    return Optional.ofNullable(findAll(kind, List.of(id)).get(id));
  }

  /** The verifications of those of these records that were ever verified, by id. */
  public Map<String, Verification> findAll(RecordKind kind, List<String> ids) {
    return transactions.executeRead(status -> read(kind, ids));
  }

  private Map<String, Verification> read(RecordKind kind, List<String> ids) {
    Map<String, Verification> found = new HashMap<>();
    for (List<String> batch : Batches.of(ids)) {
      jdbc.prepareStatement(
          // by id alone, which the key begins with: H2 reads the whole kind for "kind = ? AND
          // id = ANY(?)"; ids are unique across kinds, and the kind is checked below
          "SELECT record_id, verified_on, verified_by, how, record_kind FROM verification"
              + " WHERE record_id = ANY(?)",
          statement -> {
            statement.setArray(
                1, statement.getConnection().createArrayOf("VARCHAR", batch.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                if (!kind.code().equals(rows.getString(5))) {
                  continue;
                }
                found.put(
                    rows.getString(1),
                    new Verification(
                        rows.getDate(2).toLocalDate(),
                        rows.getString(3),
                        VerifiedHow.parse(rows.getString(4))));
              }
            }
            return null;
          });
    }
    return found;
  }

  /** Those of these records of {@code kind} verified on {@code cutoff} or later. */
  public Set<String> verifiedSince(RecordKind kind, Collection<String> ids, LocalDate cutoff) {
    Set<String> fresh = new HashSet<>();
    findAll(kind, List.copyOf(ids))
        .forEach(
            (id, verification) -> {
              if (!verification.on().isBefore(cutoff)) {
                fresh.add(id);
              }
            });
    return fresh;
  }

  /** The records last verified on {@code from} or later and before {@code to}, by kind. */
  public Map<RecordKind, Set<String>> verifiedBetween(LocalDate from, LocalDate to) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT record_kind, record_id FROM verification"
                    + " WHERE verified_on >= ? AND verified_on < ?",
                statement -> {
                  statement.setDate(1, Date.valueOf(from));
                  statement.setDate(2, Date.valueOf(to));
                  Map<RecordKind, Set<String>> found = new EnumMap<>(RecordKind.class);
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      found
                          .computeIfAbsent(
                              RecordKind.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)),
                              kind -> new HashSet<>())
                          .add(rows.getString(2));
                    }
                  }
                  return found;
                }));
  }

  /**
   * Marks records an import wrote as verified from its source, on {@code day}, by {@code by}: the
   * import's own changes are their history. Call inside the import's transaction.
   */
  public void fromSource(RecordKind kind, Collection<String> ids, LocalDate day, String by) {
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      jdbc.prepareStatement(
          // whatever kind: the ids are now this kind's, and a key led by the id finds them
          "DELETE FROM verification WHERE record_id = ANY(?)",
          statement -> {
            statement.setArray(
                1, statement.getConnection().createArrayOf("VARCHAR", batch.toArray()));
            return statement.executeUpdate();
          });
    }
    inserts.insertAll(
        INSERT,
        List.copyOf(ids),
        (statement, id) -> {
          statement.setString(1, kind.code());
          statement.setString(2, id);
          statement.setDate(3, Date.valueOf(day));
          statement.setString(4, by);
          statement.setString(5, VerifiedHow.SOURCE.code());
        });
  }

  /**
   * Records that {@code actor} found the record true: the record at {@code version} (which the
   * verification leaves as it is). Call inside a transaction, with the record's row locked.
   */
  public Verification verify(RecordKind kind, String id, long version, Verification verification) {
    Optional<Verification> before = find(kind, id);
    jdbc.prepareStatement(
        "DELETE FROM verification WHERE record_kind = ? AND record_id = ?",
        statement -> {
          statement.setString(1, kind.code());
          statement.setString(2, id);
          return statement.executeUpdate();
        });
    jdbc.prepareStatement(
        INSERT,
        statement -> {
          statement.setString(1, kind.code());
          statement.setString(2, id);
          statement.setDate(3, Date.valueOf(verification.on()));
          statement.setString(4, verification.by());
          statement.setString(5, verification.how().code());
          return statement.executeUpdate();
        });
    audit.recordVerified(
        kind,
        id,
        verification.by(),
        version,
        before.map(Verification::toString).orElse(null),
        verification.toString());
    changeLog.append(kind, id);
    return verification;
  }
}
