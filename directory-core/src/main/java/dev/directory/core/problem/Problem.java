package dev.directory.core.problem;

import dev.directory.core.text.Controls;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong, in a form a client or a translation can use: the field it concerns (as its
 * column in the CSV files, null when it concerns the whole), a stable code, the code's arguments,
 * and the English text made of them.
 */
public record Problem(@Nullable String field, String code, List<String> args, String message) {

  public Problem {
    args = List.copyOf(args);
  }

  public static Problem of(@Nullable String field, ProblemCode code, Object... args) {
    List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
    return new Problem(field, code.code(), texts, code.english(texts));
  }

  /** The field's text holds a character no stored text may hold. */
  public static Problem ofCharacter(@Nullable String field, Controls.Found found) {
    return of(
        field, found.broken() ? ProblemCode.TEXT_BROKEN : ProblemCode.TEXT_CONTROL, found.name());
  }

  /** The same problem about another field. */
  public Problem at(@Nullable String otherField) {
    return new Problem(otherField, code, args, message);
  }

  /** "emails: “x@” is not an e-mail address", or the message alone. */
  public String describe() {
    return field == null ? message : field + ": " + message;
  }
}
