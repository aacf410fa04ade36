package dev.directory.core.position;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** The table rows a {@link Position} is stored in. */
final class PositionRows {

  private PositionRows() {}

  /** Contact points as the CSV writes them: {@code work: press@example.org; …}. */
  @MappedEntity("position")
  record PositionRow(
      @Id String id,
      String title,
      String organizationId,
      boolean pressContact,
      String emails,
      String phones,
      @Nullable String notes) {}

  /** One holding; {@code ordinal} keeps them in the order they were given. */
  @MappedEntity("position_holder")
  record HolderRow(
      @Id @GeneratedValue @Nullable Long id,
      String positionId,
      String personId,
      int ordinal,
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate) {}
}
