package dev.directory.core.change;

import dev.directory.core.change.ChangeRows.ChangeRow;
import dev.directory.core.change.ChangeRows.OriginRow;
import dev.directory.core.storage.RowInserts;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ordered log of committed changes. Writers append in the same transaction as the change
 * itself, holding the log's write lock from their start to their end ({@link #lockForWriting}), so
 * positions are handed out in the order transactions commit: a reader that has applied everything
 * up to {@code seq} is exactly current, and can never move past a change still being committed.
 */
@Singleton
public class ChangeLog {

  private final ChangeRepositories.Rows rows;
  private final ChangeRepositories.Origins origins;
  private final TransactionOperations<Connection> transactions;
  private final RowInserts inserts;
  private final Clock clock;
  private volatile String origin;

  /** The transaction of this thread that holds the write lock already, if any. */
  private final ThreadLocal<Object> lockHolder = new ThreadLocal<>();

  ChangeLog(
      ChangeRepositories.Rows rows,
      ChangeRepositories.Origins origins,
      TransactionOperations<Connection> transactions,
      RowInserts inserts) {
    this.rows = rows;
    this.inserts = inserts;
    this.origins = origins;
    this.transactions = transactions;
    this.clock = Clock.systemUTC();
  }

  /**
   * Waits until no other transaction is writing changes, and keeps them waiting until this one
   * ends. {@link Writes} takes it first in every writing transaction: taking it before any row lock
   * means two writers never wait for each other in a circle.
   */
  public void lockForWriting() {
    // Taken once per transaction: an import appends a change for every record it writes.
    Object transaction = transactions.findTransactionStatus().orElse(null);
    if (transaction != null && transaction == lockHolder.get()) {
      return;
    }
    rows.lockWriter();
    lockHolder.set(transaction);
  }

  /**
   * Takes the write lock as {@link #lockForWriting} does, only if no other transaction holds it.
   *
   * @return whether this transaction holds it now
   */
  boolean tryLockForWriting() {
    if (rows.tryLockWriter().isEmpty()) {
      return false;
    }
    lockHolder.set(transactions.findTransactionStatus().orElse(null));
    return true;
  }

  /** When each of these records was last changed; a record never logged is left out. */
  public Map<String, Instant> lastChanged(RecordKind kind, Collection<String> ids) {
    Map<String, Instant> last = new HashMap<>();
    for (ChangeRow row : rows.findByRecordIds(ids.toArray(String[]::new))) {
      if (!row.entity().equals(kind.code())) {
        continue;
      }
      last.merge(row.entityId(), row.changedAt(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return last;
  }

  /** Appends a change; call it inside the transaction that makes the change. */
  public void append(RecordKind kind, String id) {
    appendAll(kind, List.of(id));
  }

  /** Appends a change to each of these records, in their order. Call inside their transaction. */
  public void appendAll(RecordKind kind, List<String> ids) {
    lockForWriting();
    // Millisecond precision: what every database keeps, so a change reads back as it was written.
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    inserts.insertAll(
        "INSERT INTO change_log (entity, entity_id, changed_at) VALUES (?, ?, ?)",
        ids,
        (statement, id) -> {
          statement.setString(1, kind.code());
          statement.setString(2, id);
          statement.setObject(3, now);
        });
  }

  /** The position of the newest change, 0 when nothing has changed yet. */
  public long lastSeq() {
    return rows.findMaxSeq().orElse(0L);
  }

  /** The newest change, if anything has changed yet. */
  public Optional<Change> newest() {
    return rows.findMaxSeq().flatMap(this::at);
  }

  /** The change at position {@code seq}, if there is one. */
  public Optional<Change> at(long seq) {
    return rows.findById(seq).map(ChangeLog::change);
  }

  /** Up to {@code limit} changes after position {@code seq}, oldest first. */
  public List<Change> after(long seq, int limit) {
    return rows
        .findBySeqGreaterThan(seq, Pageable.from(0, limit, Sort.of(Sort.Order.asc("seq"))))
        .stream()
        .map(ChangeLog::change)
        .toList();
  }

  /**
   * The identity of this database's log, made at random on first use and kept: positions of one
   * database mean nothing in another.
   */
  public String origin() {
    String known = origin;
    if (known == null) {
      known = readOrigin().orElseGet(this::makeOrigin);
      origin = known;
    }
    return known;
  }

  private String makeOrigin() {
    try {
      return origins.save(new OriginRow(true, UUID.randomUUID().toString())).origin();
    } catch (RuntimeException e) {
      // Another process made it first: its value stands.
      return readOrigin().orElseThrow(() -> e);
    }
  }

  private Optional<String> readOrigin() {
    return origins.findById(true).map(OriginRow::origin);
  }

  private static Change change(ChangeRow row) {
    return new Change(
        row.seq(), RecordKind.fromCode(row.entity()), row.entityId(), row.changedAt());
  }
}
