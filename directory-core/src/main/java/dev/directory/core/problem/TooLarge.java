package dev.directory.core.problem;

/**
 * Input larger than the directory takes in one go (an upload past a limit of {@code
 * directory.uploads.*}): refused as a whole, saying which limit and what to do instead. Nothing was
 * kept.
 */
public final class TooLarge extends RuntimeException {

  private final Problem problem;

  public TooLarge(Problem problem) {
    super(problem.describe());
    this.problem = problem;
  }

  public static TooLarge of(String file, ProblemCode code, Object... args) {
    return new TooLarge(Problem.of(file, code, args));
  }

  public Problem problem() {
    return problem;
  }
}
