package dev.directory.web.error;

import dev.directory.web.language.Texts;
import dev.directory.web.page.Pages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Errors answered to a browser are the directory's own error page: what went wrong in plain words
 * and a way back, with the site's stylesheet and no inline style or script.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
record HtmlErrorPages(Pages pages) implements HtmlErrorResponseBodyProvider {

  /** Micronaut's message when no route answers an address. */
  private static final String ROUTE_MISS = "Page Not Found";

  @Override
  public String body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    String message =
        context.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason());
    if (message.equals(ROUTE_MISS)) {
      message = Texts.t("error.no_page", context.getRequest().getPath());
    }
    return pages.errorHtml(status, message);
  }
}
