package dev.directory.web.error;

import dev.directory.web.page.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * Answers a failure in the form its caller reads: the JSON error for the API (and any client that
 * asks for JSON), the site's error page for a browser.
 */
@Singleton
public final class ErrorAnswers {

  private final Pages pages;

  ErrorAnswers(Pages pages) {
    this.pages = pages;
  }

  public MutableHttpResponse<?> answer(
      HttpRequest<?> request, HttpStatus status, Object json, String text) {
    if (wantsJson(request)) {
      return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(json);
    }
    return pages.error(status, text);
  }

  public MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, ApiError error) {
    return answer(request, status, error, error.message());
  }

  static boolean wantsJson(HttpRequest<?> request) {
    if (request.getPath().startsWith("/api/")) {
      return true;
    }
    return request.getHeaders().accept().stream()
        .noneMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
  }
}
