package dev.directory.web.position;

import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemWord;
import dev.directory.web.error.ErrorResponses.NoSuchPosition;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;

/** Positions, and who held them when, as every member of staff may read them. */
@Controller("/api")
@Tag(name = "Records")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record PositionController(PositionRecords positions) {

  /**
   * A position: its contact points, every holding, and who held it on the day {@code at}
   * (YYYY-MM-DD; today when not given).
   */
  @WrongValues
  @NoSuchPosition
  @Get("/positions/{id}{?at}")
  PositionView getPosition(
      String id,
      @Nullable
          @QueryValue
          @Parameter(
              description = "the day whose holders are shown; today when left out",
              schema = @Schema(format = "date"))
          String at) {
    return positions.view(id, day(at)).orElseThrow(() -> new NotFound(ProblemWord.POSITION, id));
  }

  /** The day a question is asked for: {@code at}, or today. */
  static LocalDate day(@Nullable String at) {
    return Days.orToday("at", at);
  }
}
