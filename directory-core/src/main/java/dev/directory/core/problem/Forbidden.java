package dev.directory.core.problem;

/** What the signed-in account may not do, whatever the values given (e.g. demote itself). */
public final class Forbidden extends RuntimeException {

  private final Problem problem;

  public Forbidden(String message) {
    super(message);
    this.problem = Problem.of(null, ProblemCode.FORBIDDEN, message);
  }

  public Problem problem() {
    return problem;
  }
}
