package dev.directory.core.audit;

import dev.directory.core.audit.AuditRows.ChangeRow;
import dev.directory.core.audit.AuditRows.FieldRow;
import dev.directory.core.change.RecordKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Keeps every change to organisations and people: who, when, each field before and after. */
@Singleton
public class AuditLog {

  private final AuditRepositories.Changes changes;
  private final AuditRepositories.Fields fields;

  AuditLog(AuditRepositories.Changes changes, AuditRepositories.Fields fields) {
    this.changes = changes;
    this.fields = fields;
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
    RecordChange.Action action =
        before == null
            ? RecordChange.Action.CREATE
            : after == null ? RecordChange.Action.DELETE : RecordChange.Action.UPDATE;
    ChangeRow row =
        changes.save(
            new ChangeRow(
                null,
                kind.name(),
                id,
                action.name(),
                actor,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                version));
    for (FieldChange change : FieldDiff.diff(before, after)) {
      fields.save(new FieldRow(null, row.id(), change.field(), change.before(), change.after()));
    }
  }

  /** A record's changes, oldest first. */
  public List<RecordChange> history(RecordKind kind, String id) {
    List<ChangeRow> rows = changes.findByEntityAndEntityIdOrderById(kind.name(), id);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<FieldRow> all =
        fields.findByChangeIdInOrderById(rows.stream().map(ChangeRow::id).toList());
    return rows.stream()
        .map(
            row ->
                new RecordChange(
                    kind,
                    id,
                    RecordChange.Action.valueOf(row.action()),
                    row.actor(),
                    row.changedAt(),
                    row.version(),
                    all.stream()
                        .filter(f -> f.changeId() == row.id())
                        .map(f -> new FieldChange(f.field(), f.beforeValue(), f.afterValue()))
                        .toList()))
        .toList();
  }

  /** The changes that made versions after {@code version}, oldest first. */
  public List<RecordChange> since(RecordKind kind, String id, long version) {
    return history(kind, id).stream().filter(change -> change.version() > version).toList();
  }
}
