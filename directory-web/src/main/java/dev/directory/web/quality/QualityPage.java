package dev.directory.web.quality;

import dev.directory.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

/**
 * {@code /quality}: the data health of the whole directory and of each mission office side by side,
 * each measure a link to the list behind it, drawn as bars with the table they are drawn from.
 */
@Hidden
@Controller("/quality")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public record QualityPage(HealthReports reports, Pages pages) {

  /** The rows of the page: one scope, or the whole directory and every office. */
  public record View(List<HealthReport> rows) {}

  @Get
  HttpResponse<String> show(
      @Nullable @QueryValue String office, @Nullable @QueryValue String country) {
    boolean one = (office != null && !office.isBlank()) || (country != null && !country.isBlank());
    return pages.ok(
        "quality", new View(one ? List.of(reports.of(office, country)) : reports.overview()));
  }
}
