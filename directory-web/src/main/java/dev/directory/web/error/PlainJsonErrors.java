package dev.directory.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
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

  @Override
  public ApiError body(ErrorContext context, HttpResponse<?> response) {
    return new ApiError(
        context.getErrors().stream()
            .findFirst()
            .map(Error::getMessage)
            .orElse(response.getStatus().getReason()));
  }
}
