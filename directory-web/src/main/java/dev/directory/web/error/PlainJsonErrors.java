package dev.directory.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Every API error the framework answers (no route, no sign-in, a body that does not read) has the
 * shape of {@link ApiError}: the message in plain words and the status as its code.
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

  /** The status as a code: {@code unauthorized}, {@code too_many_requests} … */
  static String code(HttpStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public ApiError body(ErrorContext context, HttpResponse<?> response) {
    return ApiError.of(
        context.getErrors().stream()
            .findFirst()
            .map(Error::getMessage)
            .filter(message -> !message.equals(response.getStatus().getReason()))
            .orElse(plainReason(response.getStatus())),
        code(response.getStatus()));
  }
}
