package dev.directory.core.office;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What makes an organisation of kind {@code mission_office} an office: the countries it answers for
 * (its own; several for a regional office; all for headquarters), the office to fall back to (its
 * regional office, then headquarters), and its working languages (ISO 639-1 codes, the first the
 * one its e-mails are written in; English when none is given).
 */
public record MissionOffice(
    String organizationId,
    boolean coversAll,
    List<String> coverage,
    @Nullable String fallbackOfficeId,
    List<String> languages) {

  public MissionOffice {
    Objects.requireNonNull(organizationId, "organizationId");
    coverage = List.copyOf(coverage);
    languages = languages.isEmpty() ? List.of("en") : List.copyOf(languages);
  }

  public MissionOffice(
      String organizationId,
      boolean coversAll,
      List<String> coverage,
      @Nullable String fallbackOfficeId) {
    this(organizationId, coversAll, coverage, fallbackOfficeId, List.of());
  }

  /** The language its e-mails are written in. */
  public String workingLanguage() {
    return languages.get(0);
  }

  public boolean covers(String country) {
    return coversAll || coverage.contains(country);
  }
}
