package dev.directory.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;

/**
 * A form body Netty cannot decode — a lone "%" in a field — is the sender's mistake: a 400 saying
 * so, on the error page or as {@code {"message"}}, not a 500.
 */
@Produces
@Singleton
final class UnreadableForms
    implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> {

  static final String MESSAGE =
      "The form could not be read: a “%” in it is not followed by two hexadecimal digits.";

  private final ErrorResponseProcessor<?> errors;

  UnreadableForms(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(
      HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException exception) {
    return errors.processResponse(
        ErrorContext.builder(request).cause(exception).errorMessage(MESSAGE).build(),
        HttpResponse.badRequest());
  }
}
