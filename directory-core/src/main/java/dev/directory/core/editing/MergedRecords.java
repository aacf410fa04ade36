package dev.directory.core.editing;

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
import java.util.HashSet;
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
      String mergedBy,
      Instant mergedAt) {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Row, Long> {
    Optional<Row> findByRecordKindAndFromId(String recordKind, String fromId);
  }

  private final Rows rows;

  MergedRecords(Rows rows) {
    this.rows = rows;
  }

  void add(RecordKind kind, String from, String into, String by) {
    rows.save(
        new Row(null, kind.code(), from, into, by, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
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
