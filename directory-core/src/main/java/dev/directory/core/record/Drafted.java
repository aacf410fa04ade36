package dev.directory.core.record;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import java.util.List;

/** A draft as read from text or JSON, with what could not be read into it at all. */
public record Drafted<T>(T draft, List<Problem> problems) {

  public Drafted {
    problems = List.copyOf(problems);
  }

  /**
   * @throws Refused with what could not be read, if anything
   */
  public T orRefuse() {
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return draft;
  }
}
