package dev.directory.core.change;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * The ordered log of committed changes. Writers append in the same transaction as the change
 * itself, so a reader that has applied everything up to {@code seq} is exactly current.
 */
@Singleton
public class ChangeLog {

  private final ChangeRowRepository rows;
  private final Clock clock;

  ChangeLog(ChangeRowRepository rows) {
    this.rows = rows;
    this.clock = Clock.systemUTC();
  }

  /** Appends a change; call it inside the transaction that makes the change. */
  public void append(RecordKind kind, String id) {
    rows.save(new ChangeRow(null, kind.code(), id, clock.instant()));
  }

  /** The position of the newest change, 0 when nothing has changed yet. */
  public long lastSeq() {
    return rows.findMaxSeq().orElse(0L);
  }

  /** Up to {@code limit} changes after position {@code seq}, oldest first. */
  public List<Change> after(long seq, int limit) {
    return rows
        .findBySeqGreaterThan(seq, Pageable.from(0, limit, Sort.of(Sort.Order.asc("seq"))))
        .stream()
        .map(row -> new Change(row.seq(), RecordKind.fromCode(row.entity()), row.entityId()))
        .toList();
  }
}
