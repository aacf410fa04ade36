package dev.directory.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The table rows the {@link ChangeLog} is stored in. */
final class ChangeRows {

  private ChangeRows() {}

  @MappedEntity("change_log")
  record ChangeRow(
      @Id @GeneratedValue @Nullable Long seq, String entity, String entityId, Instant changedAt) {}

  /** The one row that names this database's log. */
  @MappedEntity("change_log_origin")
  record OriginRow(@Id boolean singleton, String origin) {}
}
