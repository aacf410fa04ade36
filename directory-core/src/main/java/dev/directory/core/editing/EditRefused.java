package dev.directory.core.editing;

import dev.directory.core.importing.ImportProblem;
import java.util.List;
import java.util.stream.Collectors;

/** An edit with wrong values: each problem names its field. Nothing was written. */
public final class EditRefused extends RuntimeException {

  private final List<ImportProblem> problems;

  public EditRefused(List<ImportProblem> problems) {
    super(
        problems.stream()
            .map(p -> (p.column() == null ? "" : p.column() + ": ") + p.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
