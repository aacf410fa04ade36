package dev.directory.core.audit;

import dev.directory.core.change.RecordKind;
import dev.directory.core.storage.RowInserts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Keeps every change to organisations and people: who, when, each field before and after. */
@Singleton
public class AuditLog {

  private final AuditRepositories.Changes changes;
  private final RowInserts inserts;

  AuditLog(AuditRepositories.Changes changes, RowInserts inserts) {
    this.changes = changes;
    this.inserts = inserts;
  }

  /** One change to record: the record's fields before and after it (null when made or deleted). */
  private static final String INSERT =
      "INSERT INTO record_change (entity, entity_id, action, actor, changed_at, version, fields)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  public record Entry(
      RecordKind kind,
      String id,
      long version,
      @Nullable Map<String, String> before,
      @Nullable Map<String, String> after) {

    RecordChange.Action action() {
      return before == null
          ? RecordChange.Action.CREATE
          : after == null ? RecordChange.Action.DELETE : RecordChange.Action.UPDATE;
    }
  }

  /**
   * Records a change from {@code before} to {@code after} (null when the record is being made or
   * deleted). Call inside the transaction of the change.
   */
  public void record(
      RecordKind kind,
      String id,
      String actor,
      long version,
      @Nullable Map<String, String> before,
      @Nullable Map<String, String> after) {
    recordAll(actor, List.of(new Entry(kind, id, version, before, after)));
  }

  /** Records many changes by one actor, written in batches. Call inside their transaction. */
  public void recordAll(String actor, List<Entry> entries) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    inserts.insertAll(
        INSERT,
        entries,
        (statement, e) -> {
          statement.setString(1, e.kind().name());
          statement.setString(2, e.id());
          statement.setString(3, e.action().name());
          statement.setString(4, actor);
          statement.setObject(5, now);
          statement.setLong(6, e.version());
          statement.setString(7, FieldChanges.write(FieldDiff.diff(e.before(), e.after())));
        });
  }

  /**
   * Records that the record was verified, its version unchanged: how it was verified before (null
   * when it never was) and now. Call inside the transaction of the verification.
   */
  public void recordVerified(
      RecordKind kind,
      String id,
      String actor,
      long version,
      @Nullable String before,
      String after) {
    inserts.insertAll(
        INSERT,
        List.of(new FieldChange("verified", before, after)),
        (statement, field) -> {
          statement.setString(1, kind.name());
          statement.setString(2, id);
          statement.setString(3, RecordChange.Action.VERIFY.name());
          statement.setString(4, actor);
          statement.setObject(5, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
          statement.setLong(6, version);
          statement.setString(7, FieldChanges.write(List.of(field)));
        });
  }

  /**
   * Marks the change that made {@code version} of the record as a merge's. Call inside the
   * transaction of the merge.
   */
  public void markMerge(RecordKind kind, String id, long version) {
    changes.relabel(kind.name(), id, version, RecordChange.Action.MERGE.name());
  }

  /**
   * Hands the whole history of record {@code from} to record {@code to} (a merge); answers the
   * changes moved, for undoing it. Call inside the transaction of the merge.
   */
  public List<Long> moveHistory(RecordKind kind, String from, String to) {
    List<Long> moved = changes.idsOf(kind.name(), from);
    changes.moveAll(kind.name(), from, to);
    return moved;
  }

  /** Hands the changes {@code ids} back to record {@code to} (an undone merge). */
  public void moveBack(List<Long> ids, String to) {
    ids.forEach(id -> changes.moveOne(id, to));
  }

  /** A record's changes, oldest first. */
  public List<RecordChange> history(RecordKind kind, String id) {
    return changes.findByEntityAndEntityIdOrderById(kind.name(), id).stream()
        .map(
            row ->
                new RecordChange(
                    kind,
                    id,
                    RecordChange.Action.valueOf(row.action()),
                    row.actor(),
                    row.changedAt(),
                    row.version(),
                    FieldChanges.read(row.fields())))
        .toList();
  }

  /** The changes that made versions after {@code version}, oldest first. */
  public List<RecordChange> since(RecordKind kind, String id, long version) {
    return history(kind, id).stream().filter(change -> change.version() > version).toList();
  }
}
