package dev.directory.web.error;

import dev.directory.web.page.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * An address nothing answers, outside the API, gets a page that says so rather than JSON: people
 * follow links. The API's 404s, and pages' own, are left as they are.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class HtmlNotFound {

  private final Pages pages;

  HtmlNotFound(Pages pages) {
    this.pages = pages;
  }

  @ResponseFilter
  HttpResponse<?> replace(HttpRequest<?> request, MutableHttpResponse<?> response) {
    boolean page =
        response.status() == HttpStatus.NOT_FOUND
            && !request.getPath().startsWith("/api/")
            && response
                .getContentType()
                .map(type -> !type.matches(MediaType.TEXT_HTML_TYPE))
                .orElse(true);
    if (!page) {
      return response;
    }
    return pages.error(HttpStatus.NOT_FOUND, "There is no page at " + request.getPath() + ".");
  }
}
