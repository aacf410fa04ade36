package dev.directory.core.problem;

/**
 * A value that does not read, thrown by the readers of single values (an e-mail address, a country
 * code, a kind); whoever knows the field records it as a {@link Problem} of that field.
 */
public final class InvalidValue extends IllegalArgumentException {

  private final Problem problem;

  public InvalidValue(ProblemCode code, Object... args) {
    this(Problem.of(null, code, args));
  }

  private InvalidValue(Problem problem) {
    super(problem.message());
    this.problem = problem;
  }

  /** The problem as a problem of {@code field}. */
  public Problem at(String field) {
    return problem.at(field);
  }

  /** Any refusal of a value as a problem of {@code field}: ours keep their code. */
  public static Problem problemOf(String field, IllegalArgumentException e) {
    return e instanceof InvalidValue invalid
        ? invalid.at(field)
        : Problem.of(field, ProblemCode.INVALID, e.getMessage());
  }
}
