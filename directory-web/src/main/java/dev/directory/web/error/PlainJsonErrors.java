package dev.directory.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Every API error is {@code {"message": "…"}}, the message in plain words: callers read one field,
 * whatever went wrong.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class PlainJsonErrors implements JsonErrorResponseBodyProvider<ApiError> {

  /** What a status without a message of its own means to the caller. */
  static String plainReason(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED ->
          "Sign in first: HTTP Basic with your name and password, or an API token as"
              + " Authorization: Bearer dir_…";
      case FORBIDDEN -> "Your role may not do this.";
      default -> status.getReason();
    };
  }

  @Override
  public ApiError body(ErrorContext context, HttpResponse<?> response) {
    return new ApiError(
        context.getErrors().stream()
            .findFirst()
            .map(Error::getMessage)
            .filter(message -> !message.equals(response.getStatus().getReason()))
            .orElse(plainReason(response.getStatus())));
  }
}
