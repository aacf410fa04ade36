package dev.directory.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The table rows the {@link AuditLog} is stored in. */
final class AuditRows {

  private AuditRows() {}

  @MappedEntity("record_change")
  record ChangeRow(
      @Id @GeneratedValue @Nullable Long id,
      String entity,
      String entityId,
      String action,
      String actor,
      Instant changedAt,
      long version,
      String fields) {}
}
