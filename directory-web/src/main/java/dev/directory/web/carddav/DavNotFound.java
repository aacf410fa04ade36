package dev.directory.web.carddav;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** No such address book or card for the signed-in member: the same answer whichever it is. */
final class DavNotFound extends HttpStatusException {

  DavNotFound() {
    super(HttpStatus.NOT_FOUND, "There is no such address book or card.");
  }
}
