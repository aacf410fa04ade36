package dev.directory.core.audit;

import dev.directory.core.change.RecordKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Keeps every change to organisations and people: who, when, each field before and after. */
@Singleton
public class AuditLog {

  @MappedEntity("record_change")
  record ChangeRow(
      @Id @GeneratedValue @Nullable Long id,
      String entity,
      String entityId,
      String action,
      String actor,
      Instant changedAt,
      long version) {}

  @MappedEntity("record_change_field")
  record FieldRow(
      @Id @GeneratedValue @Nullable Long id,
      long changeId,
      String field,
      @Nullable String beforeValue,
      @Nullable String afterValue) {}

  @JdbcRepository(dialect = Dialect.H2)
  interface Changes extends CrudRepository<ChangeRow, Long> {
    List<ChangeRow> findByEntityAndEntityIdOrderById(String entity, String entityId);
  }

  @JdbcRepository(dialect = Dialect.H2)
  interface Fields extends CrudRepository<FieldRow, Long> {
    List<FieldRow> findByChangeIdInOrderById(List<Long> changeIds);
  }

  private final Changes changes;
  private final Fields fields;

  AuditLog(Changes changes, Fields fields) {
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
