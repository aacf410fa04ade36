package dev.directory.web.error;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures of the database, answered without a stack trace: while it cannot be reached (a
 * PostgreSQL restart, a network cut) 503 with {@code Retry-After}, so clients and load balancers
 * try again and the node recovers by itself when it is back; anything else 500, logged here.
 */
final class DatabaseErrors {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseErrors.class);

  /** Seconds a client is asked to wait before trying again. */
  static final int RETRY_AFTER = 5;

  private DatabaseErrors() {}

  /** Whether {@code failure} says the database could not be reached, rather than refused work. */
  static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectionException
          || cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException) {
        return true;
      }
      // SQL state class 08: connection exception; 57P01-57P03: the server is shutting down or
      // starting (PostgreSQL).
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  static HttpResponse<?> answer(ErrorAnswers answers, HttpRequest<?> request, RuntimeException e) {
    if (unreachable(e)) {
      LOG.warn("The database cannot be reached: {}", e.toString());
      return answers
          .answer(
              request,
              HttpStatus.SERVICE_UNAVAILABLE,
              ApiError.of(
                  "The directory's database cannot be reached just now; try again in a moment.",
                  "database.unavailable"))
          .header("Retry-After", String.valueOf(RETRY_AFTER));
    }
    LOG.error("A request failed in the database", e);
    return answers.answer(
        request,
        HttpStatus.INTERNAL_SERVER_ERROR,
        ApiError.of(
            "Something went wrong on the directory's side; it has been logged.", "internal"));
  }

  /** Answers one kind of database failure as {@link #answer} does. */
  abstract static class Answer<E extends RuntimeException> extends AnswerHandler<E> {

    Answer(ErrorAnswers answers) {
      super(answers);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E e) {
      return answer(answers, request, e);
    }
  }

  @Produces
  @Singleton
  static final class DataAccessAnswer extends Answer<DataAccessException> {
    DataAccessAnswer(ErrorAnswers answers) {
      super(answers);
    }
  }

  @Produces
  @Singleton
  static final class NoConnectionAnswer extends Answer<CannotGetJdbcConnectionException> {
    NoConnectionAnswer(ErrorAnswers answers) {
      super(answers);
    }
  }

  @Produces
  @Singleton
  static final class ConnectionAnswer extends Answer<ConnectionException> {
    ConnectionAnswer(ErrorAnswers answers) {
      super(answers);
    }
  }

  @Produces
  @Singleton
  static final class TransactionAnswer extends Answer<TransactionException> {
    TransactionAnswer(ErrorAnswers answers) {
      super(answers);
    }
  }
}
