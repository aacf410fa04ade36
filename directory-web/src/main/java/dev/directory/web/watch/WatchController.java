package dev.directory.web.watch;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.watch.DigestFrequency;
import dev.directory.core.watch.Watch;
import dev.directory.core.watch.WatchDigests;
import dev.directory.core.watch.WatchKind;
import dev.directory.core.watch.Watches;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.language.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /api/watches}: the signed-in member's watches of a record, an organisation with everything
 * under it, or a search. What changes there reaches them through a private Atom feed per watch and
 * a daily or weekly digest e-mail, written in the language of the request that made the watch.
 */
@Controller("/api/watches")
@Tag(name = "Watches")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record WatchController(Watches watches, WatchTargets targets, WatchDigests digests) {

  /**
   * A watch.
   *
   * @param kind {@code record}, {@code organization} (with everything under it) or {@code search}
   * @param target the record's or organisation's id, or the search's query string
   * @param label what it follows, in words
   * @param language the language its feed and digest are written in: the request's that made it
   * @param feed its private Atom feed's address, given when the watch is made or its feed renewed
   *     (the directory keeps only a hash of it); null otherwise
   */
  @Serdeable
  record WatchView(
      String id,
      String kind,
      String target,
      String label,
      String language,
      @Nullable String feed,
      Instant createdAt) {

    static WatchView of(Watch watch, @Nullable String secret) {
      return new WatchView(
          watch.id(),
          watch.kind(),
          watch.target(),
          watch.label(),
          watch.language(),
          secret == null ? null : FeedController.path(secret),
          watch.createdAt());
    }
  }

  /**
   * What to watch: exactly one of {@code record}, {@code organization} and {@code search}.
   *
   * @param record a person's, organisation's or position's id
   * @param organization an organisation's id: with {@code below} (the default), everything under it
   *     too
   * @param search the query string of {@code /api/search}, such as {@code
   *     type=press_contact&country=CL}
   */
  @Serdeable
  record NewWatch(
      @Nullable String record,
      @Nullable String organization,
      @Nullable Boolean below,
      @Schema(maxLength = Watches.MAX_TARGET) @Nullable String search) {}

  /**
   * How often the digest of one's watches is sent.
   *
   * @param frequency {@code daily}, {@code weekly} or {@code never}
   */
  @Serdeable
  record DigestChoice(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"daily", "weekly", "never"})
          @Nullable
          String frequency) {}

  /** The member's watches, the oldest first (without their feeds' addresses). */
  @Get
  List<WatchView> listWatches(Principal member) {
    return watches.of(member.getName()).stream().map(w -> WatchView.of(w, null)).toList();
  }

  /** Watches a record, an organisation or a search; 400 names what is wrong with it. */
  @ApiResponse(
      responseCode = "201",
      description = "Watching: the new watch, with its feed's address",
      content = @Content(schema = @Schema(implementation = WatchView.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No record or organisation has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @WrongValues
  @Post
  HttpResponse<WatchView> addWatch(@Body NewWatch body, Principal member, HttpRequest<?> request) {
    Watches.WithSecret made = targets.watch(body, member.getName(), Language.of(request).code());
    return HttpResponse.created(WatchView.of(made.watch(), made.feedSecret()));
  }

  /** Stops watching; the watch's feed answers no more. */
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(
      responseCode = "404",
      description = "The member has no watch of that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Delete("/{id}")
  HttpResponse<Void> removeWatch(String id, Principal member) {
    watches.remove(member.getName(), id);
    return HttpResponse.noContent();
  }

  /** Gives the watch's feed a new address; the old one answers no more. */
  @ApiResponse(
      responseCode = "200",
      description = "The watch with its feed's new address",
      content = @Content(schema = @Schema(implementation = WatchView.class)))
  @ApiResponse(
      responseCode = "404",
      description = "The member has no watch of that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Post("/{id}/feed")
  WatchView renewWatchFeed(String id, Principal member) {
    Watches.WithSecret renewed = watches.newFeed(member.getName(), id);
    return WatchView.of(renewed.watch(), renewed.feedSecret());
  }

  /** How often the member is sent the digest of their watches (weekly unless they chose). */
  @Get("/digest")
  DigestChoice getWatchDigest(Principal member) {
    return new DigestChoice(digests.frequency(member.getName()).code());
  }

  /** Chooses how often the digest is sent: daily, weekly or never. */
  @WrongValues
  @Put("/digest")
  DigestChoice setWatchDigest(@Body DigestChoice choice, Principal member) {
    DigestFrequency frequency =
        DigestFrequency.parse(choice.frequency())
            .orElseThrow(
                () ->
                    Refused.of(
                        "frequency",
                        ProblemCode.CHOICE_INVALID,
                        String.valueOf(choice.frequency()),
                        ProblemWord.DIGEST_FREQUENCY,
                        "daily, weekly, never"));
    digests.choose(member.getName(), frequency);
    return new DigestChoice(frequency.code());
  }

  static WatchKind kindOf(NewWatch body) {
    long given =
        Stream.of(body.record(), body.organization(), body.search())
            .filter(value -> value != null && !value.isBlank())
            .count();
    if (given != 1) {
      throw Refused.of(null, ProblemCode.WATCH_TARGET_MISSING);
    }
    if (body.record() != null && !body.record().isBlank()) {
      return WatchKind.RECORD;
    }
    if (body.organization() != null && !body.organization().isBlank()) {
      return Boolean.FALSE.equals(body.below()) ? WatchKind.RECORD : WatchKind.ORGANIZATION;
    }
    return WatchKind.SEARCH;
  }

  static String targetOf(NewWatch body) {
    return Stream.of(body.record(), body.organization(), body.search())
        .filter(value -> value != null && !value.isBlank())
        .findFirst()
        .orElseThrow()
        .strip();
  }
}
