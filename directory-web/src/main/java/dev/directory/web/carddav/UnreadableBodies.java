package dev.directory.web.carddav;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A PROPFIND or REPORT body the service cannot read: 400, saying what is wrong with it. */
@Produces
@Singleton
final class UnreadableBodies
    implements ExceptionHandler<DavRequest.Unreadable, HttpResponse<String>> {

  @Override
  public HttpResponse<String> handle(HttpRequest request, DavRequest.Unreadable unreadable) {
    return HttpResponse.<String>badRequest()
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body(unreadable.getMessage());
  }
}
