package dev.directory.core.record;

import dev.directory.core.problem.Problem;
import java.util.List;

/** A draft as read from text or JSON, with what could not be read into it at all. */
public record Drafted<T>(T draft, List<Problem> problems) {

  public Drafted {
    problems = List.copyOf(problems);
  }
}
