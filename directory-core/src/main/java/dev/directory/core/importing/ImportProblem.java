package dev.directory.core.importing;

import dev.directory.core.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One thing wrong with the files of an import, located as precisely as it can be: the file, the
 * line (0 when it concerns the whole file) and the column; with the problem's stable code and
 * arguments beside its English text.
 */
public record ImportProblem(
    String file,
    long line,
    @Nullable String column,
    String code,
    List<String> args,
    String message) {

  public ImportProblem {
    args = List.copyOf(args);
  }

  static ImportProblem at(String file, long line, Problem problem) {
    return new ImportProblem(
        file, line, problem.field(), problem.code(), problem.args(), problem.message());
  }

  /** Reads like a compiler message: {@code people.csv:7:emails: "mathews@" is not ...}. */
  @Override
  public String toString() {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(':').append(line);
    }
    if (column != null) {
      where.append(':').append(column);
    }
    return where + ": " + message;
  }
}
