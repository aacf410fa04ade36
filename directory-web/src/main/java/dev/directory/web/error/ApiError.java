package dev.directory.web.error;

import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.problem.Problem;
import dev.directory.core.record.Field;
import dev.directory.core.reorganization.ChangeField;
import dev.directory.web.language.ProblemTexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of every API error: what was wrong in plain words ({@code message}), a stable {@code
 * code} to key on, and for a refusal each {@code problem} with its field, code and arguments.
 */
@Serdeable
public record ApiError(String message, String code, List<ProblemView> problems) {

  /** One problem; {@code field} is named as the JSON the API takes, null for the whole request. */
  @Serdeable
  public record ProblemView(
      @Nullable String field, String code, List<String> args, String message) {}

  public static ApiError of(String message, String code) {
    return new ApiError(message, code, List.of());
  }

  public static ApiError of(Problem problem) {
    return of(ProblemTexts.message(problem), problem.code());
  }

  /**
   * A refusal: every problem, and all of them in one sentence as the message.
   *
   * @param fields the record's field table when the request is about a record, whose problems name
   *     its columns: the answer names them as its JSON does ({@code job_title} is {@code title});
   *     null when the problems already name what the request named
   */
  public static ApiError refused(List<Problem> problems, Field @Nullable [] fields) {
    List<ProblemView> views =
        problems.stream()
            .map(
                p ->
                    new ProblemView(
                        jsonName(p.field(), fields), p.code(), p.args(), ProblemTexts.message(p)))
            .toList();
    return new ApiError(
        views.stream()
            .map(p -> p.field() == null ? p.message() : p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")),
        "refused",
        views);
  }

  /** A refusal in the caller's own words, with every problem. */
  public static ApiError refused(String message, List<Problem> problems) {
    return new ApiError(
        message,
        "refused",
        problems.stream()
            .map(p -> new ProblemView(p.field(), p.code(), p.args(), ProblemTexts.message(p)))
            .toList());
  }

  @Nullable
  private static String jsonName(@Nullable String column, Field @Nullable [] fields) {
    if (column == null || fields == null) {
      return column;
    }
    return Field.byColumn(fields, column).map(Field::json).orElse(column);
  }

  /** The field table of the record an API address is about, or null. */
  static Field @Nullable [] fieldsOf(String path) {
    if (path.startsWith("/api/people")) {
      return PersonField.values();
    }
    if (path.startsWith("/api/organizations")
        && path.matches("/api/organizations/[^/]+/changes.*")) {
      return ChangeField.values(); // a change's "kind" is its own, not the organisation's type
    }
    if (path.startsWith("/api/organizations")) {
      return OrganizationField.values();
    }
    if (path.startsWith("/api/positions")) {
      return PositionField.values();
    }
    return null;
  }
}
