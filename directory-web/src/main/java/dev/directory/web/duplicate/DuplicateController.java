package dev.directory.web.duplicate;

import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;

/**
 * Possible duplicates (editors and admins): every pair of people or organisations that look like
 * one record entered twice, best first, and marking a pair as two different records so that it is
 * never proposed again.
 */
@Controller("/api/duplicates")
@Tag(name = "Duplicates")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record DuplicateController(DuplicateList list) {

  /** Two records said to be different: their ids, both people or both organisations. */
  @Serdeable
  record Pair(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String a,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String b) {}

  /**
   * Pairs of likely duplicates, best first, from the last scan of the directory (made again in the
   * background after changes), but those marked "not the same".
   *
   * @param type {@code person} (the default) or {@code organization}
   * @param office only pairs with a record in a country this mission office covers
   * @param country only pairs with a record in this country (ISO 3166-1 alpha-2)
   * @param limit at most this many pairs (1 to 1,000; 100 when not given)
   */
  @ApiResponse(
      responseCode = "200",
      description = "The pairs, best first",
      headers =
          @Header(
              name = "X-Total-Count",
              description = "How many pairs match, listed or not",
              schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")))
  @WrongValues
  @Get
  HttpResponse<List<DuplicatePair>> list(
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String office,
      @Nullable @QueryValue String country,
      @Nullable @QueryValue @Parameter(schema = @Schema(minimum = "1", maximum = "1000"))
          Integer limit) {
    DuplicateList.Listing listing = list.list(type, office, country, limit == null ? 100 : limit);
    return HttpResponse.ok(listing.pairs())
        .header("X-Total-Count", String.valueOf(listing.total()));
  }

  /** Marks two records as different: the pair is never proposed again. */
  @ApiResponse(responseCode = "204", description = "Marked (marking a pair again changes nothing)")
  @WrongValues
  @Post("/not-the-same")
  HttpResponse<Void> notTheSame(@Body Pair pair, Principal editor) {
    list.markNotTheSame(pair.a(), pair.b(), editor.getName());
    return HttpResponse.noContent();
  }
}
