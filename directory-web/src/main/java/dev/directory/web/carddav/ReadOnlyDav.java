package dev.directory.web.carddav;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CustomHttpMethod;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * What the address books refuse, in words a person reads in their client's error: every write. And
 * what the service is, for a client that asks ({@code OPTIONS}).
 */
@Hidden
@Controller("/dav")
@Consumes(MediaType.ALL)
final class ReadOnlyDav {

  static final String READ_ONLY =
      "The directory's address books are read-only: change a contact on its page in the"
          + " directory, and every address book that holds it follows.";

  @Put("/{+path}")
  HttpResponse<String> put(String path) {
    return refused();
  }

  @Delete("/{+path}")
  HttpResponse<String> delete(String path) {
    return refused();
  }

  @Post("/{+path}")
  HttpResponse<String> post(String path) {
    return refused();
  }

  @CustomHttpMethod(method = "MKCOL", value = "/{+path}")
  HttpResponse<String> makeCollection(String path) {
    return refused();
  }

  @CustomHttpMethod(method = "PROPPATCH", value = "/{+path}")
  HttpResponse<String> changeProperties(String path) {
    return refused();
  }

  @CustomHttpMethod(method = "MOVE", value = "/{+path}")
  HttpResponse<String> move(String path) {
    return refused();
  }

  @CustomHttpMethod(method = "COPY", value = "/{+path}")
  HttpResponse<String> copy(String path) {
    return refused();
  }

  @Options
  HttpResponse<Void> service() {
    return HttpResponse.<Void>ok()
        .header("DAV", "1, 3, addressbook")
        .header("Allow", "OPTIONS, GET, HEAD, PROPFIND, REPORT");
  }

  @Options("/{+path}")
  HttpResponse<Void> resource(String path) {
    return service();
  }

  private static HttpResponse<String> refused() {
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body(READ_ONLY);
  }
}
