package dev.directory.web.watch;

import dev.directory.core.watch.Watch;
import dev.directory.core.watch.Watches;
import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;

/**
 * {@code /feeds/{secret}}: a watch's private Atom feed, for a feed reader that signs in to nothing.
 * The secret in the address is the key: anyone who has it reads the watch's events, so the account
 * page and {@code POST /api/watches/{id}/feed} give the feed a new one, and the old address then
 * answers {@code 404} as an unknown one does. A disabled account's feeds answer no more.
 */
@Hidden
@Controller("/feeds")
@ExecuteOn(TaskExecutors.BLOCKING)
record FeedController(Watches watches) {

  static final String ATOM = "application/atom+xml;charset=utf-8";

  /** The newest events a feed gives. */
  static final int ENTRIES = 100;

  static String path(String secret) {
    return "/feeds/" + secret;
  }

  @Get("/{secret}")
  HttpResponse<String> feed(String secret, HttpRequest<?> request) {
    Optional<Watch> watch = watches.byFeed(secret);
    if (watch.isEmpty()) {
      return HttpResponse.<String>status(HttpStatus.NOT_FOUND)
          .contentType("text/plain;charset=utf-8")
          .body("No feed has this address: it may have been renewed or its watch removed.");
    }
    String feed =
        Texts.rendering(
            Language.parse(watch.get().language()).orElse(Language.EN),
            () ->
                AtomFeed.of(
                    watch.get(),
                    watches.newest(watch.get(), ENTRIES),
                    base(request),
                    path(secret)));
    return HttpResponse.ok(feed)
        .contentType(ATOM)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("Referrer-Policy", "no-referrer");
  }

  /** The site's address as the request reached it, for the feed's relative links. */
  private static String base(HttpRequest<?> request) {
    String host = request.getHeaders().get(HttpHeaders.HOST);
    String scheme = request.getHeaders().get("X-Forwarded-Proto");
    if (scheme == null) {
      scheme = request.isSecure() ? "https" : "http";
    }
    return (scheme.equals("https") ? "https" : "http")
        + "://"
        + (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+") ? "localhost" : host)
        + "/";
  }
}
