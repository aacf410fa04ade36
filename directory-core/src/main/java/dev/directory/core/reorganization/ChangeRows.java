package dev.directory.core.reorganization;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** The table rows an {@link OrganizationChange} is stored in. */
final class ChangeRows {

  private ChangeRows() {}

  @MappedEntity("organization_change")
  record ChangeRow(
      @Id @GeneratedValue @Nullable Long id,
      String organizationId,
      String kind,
      LocalDate effectiveDate,
      String actor,
      Instant recordedAt,
      String nameBefore,
      @Nullable String localNameBefore,
      String nameAfter,
      @Nullable String localNameAfter,
      String statusBefore,
      String successorsBefore,
      String formerNamesBefore,
      String successors,
      String created,
      long versionAfter) {}

  @MappedEntity("organization_move")
  record MoveRow(
      @Id @GeneratedValue @Nullable Long id,
      long changeId,
      String recordKind,
      String recordId,
      @Nullable String fromId,
      @Nullable String toId,
      long version) {}

  /** A move with the day its change took effect. */
  @Introspected
  record DatedMove(
      String recordKind,
      String recordId,
      @Nullable String fromId,
      @Nullable String toId,
      LocalDate effectiveDate,
      long changeId) {}
}
