package dev.directory.web.search;

import dev.directory.search.suggest.Suggestions;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;

/** {@code GET /api/suggest?q=}: type-ahead, at most ten names or acronyms by their beginning. */
@Controller("/api/suggest")
@Tag(name = "Search")
@NotSignedIn
@ExecuteOn(SearchThreads.EXECUTOR)
record SuggestController(Suggestions suggestions) {

  /** One suggestion, as the type-ahead list shows it. */
  @Serdeable
  record SuggestionView(String id, String type, String name, String url) {}

  /** Type-ahead: at most ten names or acronyms beginning with what was typed. */
  @WrongValues
  @Get
  List<SuggestionView> suggest(
      @Nullable @QueryValue @Parameter(schema = @Schema(maxLength = Suggestions.MAX_LENGTH))
          String q)
      throws IOException {
    return suggestions.suggest(q).stream()
        .map(s -> new SuggestionView(s.id(), s.type().code(), s.name(), Ref.url(s.type(), s.id())))
        .toList();
  }
}
