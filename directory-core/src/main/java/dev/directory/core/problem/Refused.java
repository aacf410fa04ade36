package dev.directory.core.problem;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A request with wrong values: each problem names its field. Nothing was written. */
public final class Refused extends RuntimeException {

  private final List<Problem> problems;

  public Refused(List<Problem> problems) {
    super(problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public Refused(Problem problem) {
    this(List.of(problem));
  }

  public static Refused of(@Nullable String field, ProblemCode code, Object... args) {
    return new Refused(Problem.of(field, code, args));
  }

  /** The value {@code read} reads; a value it refuses is refused as a problem of {@code field}. */
  public static <T> T reading(String field, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new Refused(InvalidValue.problemOf(field, e));
    }
  }

  public List<Problem> problems() {
    return problems;
  }
}
