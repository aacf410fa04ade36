package dev.directory.web.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.web.input.Days;
import dev.directory.web.page.Addresses;
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
import java.time.LocalDate;
import java.util.Map;

/**
 * The organisation chart page: the drawing, the same as a nested list, a day to show and another to
 * compare it with.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record ChartPages(Charts charts, Pages pages) {

  @Get("/organizations/{id}/chart{?at,with}")
  HttpResponse<String> chart(
      String id, @Nullable @QueryValue String at, @Nullable @QueryValue String with) {
    LocalDate day = Days.orToday("at", at);
    ChartNode chart = charts.of(id, day);
    ChartMarks marks =
        with == null || with.isBlank()
            ? ChartMarks.NONE
            : ChartMarks.between(
                chart, charts.of(id, Days.read("with", with)), Days.read("with", with).toString());
    return pages.ok("chart", Map.of("view", view(id, day, chart, marks)));
  }

  private static ChartView view(String id, LocalDate day, ChartNode chart, ChartMarks marks) {
    return new ChartView(
        chart, marks, day.toString(), Addresses.page(RecordKind.ORGANIZATION, id), id);
  }
}
