package dev.directory.core.importing;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing wrong with the files of an import, located as precisely as it can be: the file, the
 * line (0 when it concerns the whole file) and the column.
 */
public record ImportProblem(String file, long line, @Nullable String column, String message) {

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
