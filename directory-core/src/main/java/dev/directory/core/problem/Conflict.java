package dev.directory.core.problem;

/**
 * A change the directory's present state does not allow, whatever the values: a record still
 * referred to, the last enabled admin, a change made on an older version.
 */
public class Conflict extends RuntimeException {

  private final Problem problem;

  public Conflict(Problem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
