package dev.directory.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or not the JSON object an operation takes, and a parameter that does not
 * read as its type: 400 in plain words, in place of the parser's own text.
 */
final class UnreadableBodies {

  private UnreadableBodies() {}

  private static final Pattern WHERE = Pattern.compile("line: (\\d+), column: (\\d+)");

  @Produces
  @Singleton
  @Replaces(JsonExceptionHandler.class)
  static final class NotJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {
    private final ErrorAnswers answers;

    NotJson(ErrorAnswers answers) {
      this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException e) {
      Matcher where = WHERE.matcher(String.valueOf(e.getMessage()));
      String message =
          "The body is not valid JSON"
              + (where.find()
                  ? " (line " + where.group(1) + ", column " + where.group(2) + ")"
                  : "")
              + ".";
      return answers.answer(request, HttpStatus.BAD_REQUEST, ApiError.of(message, "body.json"));
    }
  }

  @Produces
  @Singleton
  @Replaces(ConversionErrorHandler.class)
  static final class WrongShape
      implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
    private final ErrorAnswers answers;

    WrongShape(ErrorAnswers answers) {
      this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException e) {
      String name = e.getArgument().getName();
      ApiError error =
          name.equals("body")
              ? ApiError.of("The body must be one JSON object, {…}.", "body.shape")
              : ApiError.of(
                  name
                      + ": “"
                      + e.getConversionError().getOriginalValue().orElse("")
                      + "” cannot be read as "
                      + e.getArgument().getType().getSimpleName().toLowerCase(Locale.ROOT)
                      + ".",
                  "parameter.shape");
      return answers.answer(request, HttpStatus.BAD_REQUEST, error);
    }
  }
}
