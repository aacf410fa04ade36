package dev.directory.core.office;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What makes an organisation of kind {@code mission_office} an office: the countries it answers for
 * (its own; several for a regional office; all for headquarters) and the office to fall back to
 * (its regional office, then headquarters).
 */
public record MissionOffice(
    String organizationId,
    boolean coversAll,
    List<String> coverage,
    @Nullable String fallbackOfficeId) {

  public MissionOffice {
    Objects.requireNonNull(organizationId, "organizationId");
    coverage = List.copyOf(coverage);
  }

  public boolean covers(String country) {
    return coversAll || coverage.contains(country);
  }
}
