package dev.directory.core.audit;

import dev.directory.core.audit.AuditRows.ChangeRow;
import dev.directory.core.audit.AuditRows.FieldRow;
import dev.directory.core.change.RecordKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

  /** One change to record: the record's fields before and after it (null when made or deleted). */
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
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<ChangeRow> saved =
        changes.saveAll(
            entries.stream()
                .map(
                    e ->
                        new ChangeRow(
                            null,
                            e.kind().name(),
                            e.id(),
                            e.action().name(),
                            actor,
                            now,
                            e.version()))
                .toList());
    List<FieldRow> fieldRows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      long changeId = saved.get(i).id();
      for (FieldChange change : FieldDiff.diff(entry.before(), entry.after())) {
        fieldRows.add(
            new FieldRow(null, changeId, change.field(), change.before(), change.after()));
      }
    }
    fields.saveAll(fieldRows);
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
