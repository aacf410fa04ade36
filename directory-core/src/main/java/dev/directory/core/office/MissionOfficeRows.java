package dev.directory.core.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The table rows a {@link MissionOffice} is stored in. */
final class MissionOfficeRows {

  private MissionOfficeRows() {}

  @MappedEntity("mission_office")
  record MissionOfficeRow(
      @Id String organizationId,
      boolean coversAll,
      String coverage,
      @Nullable String fallbackOfficeId,
      String languages) {}
}
