package dev.directory.core.importing;

import java.util.List;
import java.util.stream.Collectors;

/** An import that was refused as a whole; nothing of it was stored. */
public class ImportFailedException extends Exception {

  private final List<ImportProblem> problems;

  public ImportFailedException(List<ImportProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  private static String describe(List<ImportProblem> problems) {
    return "The import was refused and nothing was changed; "
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
