package dev.directory.core.editing;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.FieldChanges;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which records were merged into which: a merged-away id leads to the record that stayed. */
@Singleton
public class MergedRecords {

  @MappedEntity("merged_record")
  record Row(
      @Id @GeneratedValue @Nullable Long id,
      String recordKind,
      String fromId,
      String intoId,
      long intoVersion,
      String fields,
      String moved,
      String mergedBy,
      Instant mergedAt) {}

  /**
   * A reference the merge moved: what it is, its id, whether the survivor had it already, and what
   * else undoing it needs (an office's state, or empty).
   */
  record Moved(String what, String id, boolean both, String detail) {
    Moved(String what, String id, boolean both) {
      this(what, id, both, "");
    }
  }

  /** What undoing a merge needs: both records' cells before it, and what was moved. */
  record Merge(
      String from,
      String into,
      long intoVersion,
      Map<String, String> intoCells,
      Map<String, String> fromCells,
      List<Moved> moved) {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Row, Long> {
    Optional<Row> findByRecordKindAndFromId(String recordKind, String fromId);

    List<Row> findByRecordKindAndIntoId(String recordKind, String intoId);
  }

  private final Rows rows;

  MergedRecords(Rows rows) {
    this.rows = rows;
  }

  void add(RecordKind kind, Merge merge, String by) {
    List<FieldChange> fields = new ArrayList<>();
    merge
        .intoCells()
        .forEach(
            (column, value) ->
                fields.add(new FieldChange(column, value, merge.fromCells().get(column))));
    StringBuilder moved = new StringBuilder();
    for (Moved each : merge.moved()) {
      moved.append(each.what()).append('\t').append(each.id()).append('\t').append(each.both());
      moved.append('\t').append(each.detail());
      moved.append('\n');
    }
    rows.save(
        new Row(
            null,
            kind.code(),
            merge.from(),
            merge.into(),
            merge.intoVersion(),
            FieldChanges.write(fields),
            moved.toString(),
            by,
            Instant.now().truncatedTo(ChronoUnit.MILLIS)));
  }

  /** The merge that took {@code from} away, as undoing it needs it. */
  Optional<Merge> find(RecordKind kind, String from) {
    return rows.findByRecordKindAndFromId(kind.code(), from).map(MergedRecords::merge);
  }

  /** The ids merged into {@code into} whose merge could still be undone. */
  public List<String> undoable(RecordKind kind, String into, long currentVersion) {
    return rows.findByRecordKindAndIntoId(kind.code(), into).stream()
        .filter(row -> row.intoVersion() == currentVersion)
        .map(Row::fromId)
        .toList();
  }

  void remove(RecordKind kind, String from) {
    rows.findByRecordKindAndFromId(kind.code(), from).ifPresent(rows::delete);
  }

  private static Merge merge(Row row) {
    Map<String, String> into = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    for (FieldChange field : FieldChanges.read(row.fields())) {
      into.put(field.field(), field.before());
      from.put(field.field(), field.after());
    }
    List<Moved> moved = new ArrayList<>();
    for (String line : row.moved().split("\n")) {
      String[] parts = line.split("\t", -1);
      if (parts.length >= 3) {
        moved.add(
            new Moved(
                parts[0],
                parts[1],
                Boolean.parseBoolean(parts[2]),
                parts.length > 3 ? parts[3] : ""));
      }
    }
    return new Merge(row.fromId(), row.intoId(), row.intoVersion(), into, from, moved);
  }

  /** The record {@code id} was merged into, following later merges; empty if it was not. */
  public Optional<String> into(RecordKind kind, String id) {
    String current = id;
    Set<String> seen = new HashSet<>();
    while (seen.add(current)) {
      Optional<Row> merged = rows.findByRecordKindAndFromId(kind.code(), current);
      if (merged.isEmpty()) {
        break;
      }
      current = merged.get().intoId();
    }
    return current.equals(id) ? Optional.empty() : Optional.of(current);
  }
}
