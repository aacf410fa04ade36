package dev.directory.web.language;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemWord;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A problem told in the reader's language, from its code and arguments: English as the directory's
 * core writes it, Spanish and French from the bundles' {@code problem.<code>} texts, with the
 * {@link ProblemWord}s among the arguments ("a visibility") in the same language.
 */
public final class ProblemTexts {

  private ProblemTexts() {}

  public static String message(Problem problem) {
    if (Texts.language() == Language.EN) {
      return problem.message();
    }
    Object[] args = problem.args().stream().map(ProblemTexts::word).toArray();
    return Texts.find("problem." + problem.code(), args).orElse(problem.message());
  }

  private static String word(String arg) {
    return ProblemWord.of(arg)
        .flatMap(word -> Texts.find("problem.word." + word.code()))
        .orElse(arg);
  }

  /** "emails: «x@» no es una dirección de correo electrónico", or the message alone. */
  public static String describe(Problem problem) {
    return problem.field() == null ? message(problem) : problem.field() + ": " + message(problem);
  }

  public static String describe(List<Problem> problems) {
    return problems.stream().map(ProblemTexts::describe).collect(Collectors.joining("; "));
  }
}
