package dev.directory.web.reorganization;

import dev.directory.web.error.ErrorResponses.NoSuchOrganization;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.input.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisation chart as data, for programs that draw their own. */
@Controller("/api")
@Tag(name = "Records")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record ChartController(Charts charts) {

  /**
   * The organisation's units on a day as a tree, each with its positions and who held them that day
   * (none: vacant).
   */
  @Get("/organizations/{id}/chart{?at}")
  @NoSuchOrganization
  @WrongValues
  @ApiResponse(
      responseCode = "200",
      description = "The chart",
      content = @Content(schema = @Schema(implementation = ChartNode.class)))
  ChartNode getChart(
      String id,
      @Nullable
          @QueryValue
          @Parameter(
              description = "the day, YYYY-MM-DD; today when left out",
              schema = @Schema(type = "string", format = "date"))
          String at) {
    return charts.of(id, Days.orToday("at", at));
  }
}
