package dev.directory.core.record;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** A record as checked: the record when nothing is wrong, else every problem found. */
public record Checked<T>(@Nullable T value, List<Problem> problems) {

  public Checked {
    problems = List.copyOf(problems);
  }

  /**
   * @throws Refused with the problems, if any
   */
  public T orRefuse() {
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return value;
  }
}
