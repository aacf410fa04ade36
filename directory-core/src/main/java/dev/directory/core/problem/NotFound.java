package dev.directory.core.problem;

/** Nothing of that kind has the id asked for. */
public final class NotFound extends RuntimeException {

  private final Problem problem;

  /**
   * @param what the kind of record
   */
  public NotFound(ProblemWord what, String id) {
    this(Problem.of(null, ProblemCode.NOT_FOUND, what, id));
  }

  /** No account is called {@code name}. */
  public static NotFound named(String name) {
    return of(ProblemCode.ACCOUNT_NOT_FOUND, name);
  }

  public static NotFound of(ProblemCode code, Object... args) {
    return new NotFound(Problem.of(null, code, args));
  }

  private NotFound(Problem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
