package dev.directory.web.error;

import dev.directory.core.editing.EditConflict;
import dev.directory.core.problem.Conflict;
import dev.directory.core.problem.Forbidden;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Refused;
import dev.directory.core.problem.TooLarge;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.language.ProblemTexts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The one place where the directory's refusals become answers, the same status for the same kind of
 * failure everywhere: wrong values 400, nothing with that id 404, a stale version or a record still
 * referred to 409, not allowed for one's role 403, more than an upload takes 413.
 */
final class DomainErrors {

  private DomainErrors() {}

  @Produces
  @Singleton
  static final class RefusedAnswer extends AnswerHandler<Refused> {
    RefusedAnswer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refused e) {
      return answers.answer(
          request,
          HttpStatus.BAD_REQUEST,
          ApiError.refused(e.problems(), ApiError.fieldsOf(request.getPath())));
    }
  }

  @Produces
  @Singleton
  static final class NotFoundAnswer extends AnswerHandler<NotFound> {
    NotFoundAnswer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFound e) {
      return answers.answer(request, HttpStatus.NOT_FOUND, ApiError.of(e.problem()));
    }
  }

  @Produces
  @Singleton
  static final class ConflictAnswer extends AnswerHandler<Conflict> {
    ConflictAnswer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Conflict e) {
      if (e instanceof EditConflict edit) {
        var body =
            new HistoryViews.Conflict(
                ProblemTexts.message(e.problem()),
                e.problem().code(),
                edit.current(),
                HistoryViews.changes(edit.since()));
        return answers.answer(
            request, HttpStatus.CONFLICT, body, ProblemTexts.message(e.problem()));
      }
      return answers.answer(request, HttpStatus.CONFLICT, ApiError.of(e.problem()));
    }
  }

  @Produces
  @Singleton
  static final class ForbiddenAnswer extends AnswerHandler<Forbidden> {
    ForbiddenAnswer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Forbidden e) {
      return answers.answer(request, HttpStatus.FORBIDDEN, ApiError.of(e.problem()));
    }
  }

  @Produces
  @Singleton
  static final class TooLargeAnswer extends AnswerHandler<TooLarge> {
    TooLargeAnswer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooLarge e) {
      return answers.answer(
          request,
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          ApiError.refused(List.of(e.problem()), null));
    }
  }
}
