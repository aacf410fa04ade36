package dev.directory.web.quality;

import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/quality}: how complete and how current the directory's records are — for the whole
 * directory, a mission office's countries, or a country — each measure with the list behind it.
 */
@Controller("/api/quality")
@Tag(name = "Data health")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record QualityController(HealthReports reports) {

  /**
   * The data health of a scope.
   *
   * @param office a mission office's id: the countries it covers
   * @param country an ISO 3166 country code (with {@code office}, that country of the office's)
   */
  @WrongValues
  @Get
  HealthReport getQuality(
      @Nullable @QueryValue String office, @Nullable @QueryValue String country) {
    return reports.of(office, country);
  }
}
