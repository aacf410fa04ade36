package dev.directory.web.language;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/**
 * Keeps the language a reader switched to: a page asked for with {@code ?lang=es} answers with a
 * cookie, so every later page (links need not carry the language) is in Spanish too, whatever the
 * browser's {@code Accept-Language} says.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LanguageCookie {

  private static final Duration KEPT = Duration.ofDays(365);

  @ResponseFilter
  void keep(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Language.switchedTo(request)
        .ifPresent(
            language ->
                response.cookie(
                    Cookie.of(Language.COOKIE, language.code())
                        .path("/")
                        .maxAge(KEPT)
                        .httpOnly(true)
                        .sameSite(SameSite.Lax)));
  }
}
