package dev.directory.web.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;

/**
 * An exception handler that answers through {@link ErrorAnswers} (JSON for the API, the error page
 * for browsers); one bean per kind of exception, as Micronaut matches handlers by type.
 */
abstract class AnswerHandler<E extends RuntimeException>
    implements ExceptionHandler<E, HttpResponse<?>> {

  final ErrorAnswers answers;

  AnswerHandler(ErrorAnswers answers) {
    this.answers = answers;
  }
}
