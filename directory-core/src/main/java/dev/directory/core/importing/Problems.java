package dev.directory.core.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import run, so that a user sees them all at once. */
final class Problems {

  /** Enough to fix a file in one go, bounded so a garbage file cannot flood memory. */
  static final int LIMIT = 200;

  private final List<ImportProblem> problems = new ArrayList<>();
  private int dropped;

  void add(String file, long line, String column, String message) {
    if (problems.size() < LIMIT) {
      problems.add(new ImportProblem(file, line, column, message));
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ImportProblem> all() {
    if (dropped == 0) {
      return problems;
    }
    List<ImportProblem> all = new ArrayList<>(problems);
    all.add(new ImportProblem("(all files)", 0, null, dropped + " more problems not listed"));
    return all;
  }
}
