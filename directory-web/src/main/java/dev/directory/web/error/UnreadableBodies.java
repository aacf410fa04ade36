package dev.directory.web.error;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.web.apidocs.ApiDocument;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.UriRouteMatch;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;
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
      if (name.equals("body")
          || e.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
        return answers.answer(
            request,
            HttpStatus.BAD_REQUEST,
            ApiError.of("The body must be one JSON object, {…}.", "body.shape"));
      }
      Object given = e.getConversionError().getOriginalValue().orElse("");
      Class<?> type = e.getArgument().getType();
      Problem problem =
          Number.class.isAssignableFrom(type) || type == int.class || type == long.class
              ? Problem.of(name, ProblemCode.NUMBER_INVALID, given)
              : type == boolean.class || type == Boolean.class
                  ? Problem.of(name, ProblemCode.YES_NO_INVALID, given)
                  : Problem.of(name, ProblemCode.FIELD_SHAPE, ProblemWord.TEXT);
      return answers.answer(
          request, HttpStatus.BAD_REQUEST, ApiError.refused(List.of(problem), null));
    }
  }

  /**
   * A parameter the operation cannot do without, left out: named, with the choices the served
   * document lists for it when it has some.
   */
  @Produces
  @Singleton
  @Replaces(UnsatisfiedRouteHandler.class)
  static final class Missing
      implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> {
    private final ErrorAnswers answers;
    private final ApiDocument document;

    Missing(ErrorAnswers answers, ApiDocument document) {
      this.answers = answers;
      this.document = document;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException e) {
      String name = e.getArgument().getName();
      List<String> choices =
          request
              .getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class)
              .map(
                  route ->
                      document.parameterChoices(
                          request.getMethodName(),
                          route.getRouteInfo().getUriMatchTemplate().toString(),
                          name))
              .orElse(List.of());
      Problem problem =
          choices.isEmpty()
              ? Problem.of(name, ProblemCode.REQUIRED)
              : Problem.of(name, ProblemCode.REQUIRED_CHOICE, String.join(", ", choices));
      return answers.answer(
          request, HttpStatus.BAD_REQUEST, ApiError.refused(List.of(problem), null));
    }
  }

  /**
   * A body larger than the server takes ({@code micronaut.server.max-request-size}, which follows
   * {@code directory.uploads.max-file-bytes}): 413 saying the sizes and, for an upload, what to do.
   */
  @Produces
  @Singleton
  @Replaces(ContentLengthExceededHandler.class)
  static final class TooLong
      implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    private static final Pattern SIZES = Pattern.compile("\\[(\\d+)].*\\[(\\d+)]");

    private final ErrorAnswers answers;

    TooLong(ErrorAnswers answers) {
      this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException e) {
      Matcher sizes = SIZES.matcher(String.valueOf(e.getMessage()));
      ApiError error =
          sizes.find()
              ? ApiError.refused(
                  List.of(
                      Problem.of(
                          request.getPath().contains("imports") ? "file" : "body",
                          ProblemCode.UPLOAD_TOO_BIG,
                          sizes.group(1),
                          sizes.group(2))),
                  null)
              : ApiError.of("The request is larger than the directory takes.", "too_big");
      return answers.answer(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, error);
    }
  }
}
