package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import run, so that a user sees them all at once. */
final class Problems {

  /** Enough to fix a file in one go, bounded so a garbage file cannot flood memory. */
  static final int LIMIT = 200;

  private final List<ImportProblem> problems = new ArrayList<>();
  private int dropped;

  void add(String file, long line, Problem problem) {
    if (problems.size() < LIMIT) {
      problems.add(ImportProblem.at(file, line, problem));
    } else {
      dropped++;
    }
  }

  void add(String file, long line, String column, ProblemCode code, Object... args) {
    add(file, line, Problem.of(column, code, args));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ImportProblem> all() {
    if (dropped == 0) {
      return problems;
    }
    List<ImportProblem> all = new ArrayList<>(problems);
    all.add(
        ImportProblem.at("(all files)", 0, Problem.of(null, ProblemCode.MORE_PROBLEMS, dropped)));
    return all;
  }
}
