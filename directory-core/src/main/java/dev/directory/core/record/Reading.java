package dev.directory.core.record;

import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the values of one record, each by its reader; a value that does not read is recorded as a
 * problem of its field and comes back as null (or is left out of a list), so that every problem of
 * the record is found at once.
 */
public final class Reading {

  private final List<Problem> problems = new ArrayList<>();
  private final Consumer<Problem> sink;

  /** Keeps the problems, for {@link #problems()} and {@link #checked}. */
  public Reading() {
    this.sink = problems::add;
  }

  /** Hands each problem to {@code sink} as it is found (a CSV row: to its file and line). */
  public Reading(Consumer<Problem> sink) {
    this.sink = sink;
  }

  /** The trimmed text, or null when blank. */
  @Nullable
  public static String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value read by {@code reader}, or null when blank (a problem if required) or wrong. */
  @Nullable
  public <T> T value(
      String field, boolean required, @Nullable String raw, Function<String, T> reader) {
    String value = text(raw);
    if (value == null) {
      if (required) {
        problem(Problem.of(field, ProblemCode.REQUIRED));
      }
      return null;
    }
    try {
      return reader.apply(value);
    } catch (IllegalArgumentException e) {
      problem(InvalidValue.problemOf(field, e));
      return null;
    }
  }

  @Nullable
  public <T> T value(Field field, @Nullable String raw, Function<String, T> reader) {
    return value(field.column(), field.required(), raw, reader);
  }

  /** The items read by {@code reader}, blank ones dropped, wrong ones left out. */
  public <T> List<T> list(String field, List<String> items, Function<String, T> reader) {
    return items.stream()
        .map(Reading::text)
        .filter(Objects::nonNull)
        .map(
            item -> {
              try {
                return reader.apply(item);
              } catch (IllegalArgumentException e) {
                problem(InvalidValue.problemOf(field, e));
                return null;
              }
            })
        .filter(Objects::nonNull)
        .toList();
  }

  public <T> List<T> list(Field field, List<String> items, Function<String, T> reader) {
    return list(field.column(), items, reader);
  }

  /** Each of the items read by {@code reader}; one it refuses is a problem, and left out. */
  public <I, T> List<T> each(Field field, List<I> items, Function<I, T> reader) {
    List<T> read = new ArrayList<>();
    for (I item : items) {
      try {
        read.add(reader.apply(item));
      } catch (IllegalArgumentException e) {
        problem(InvalidValue.problemOf(field.column(), e));
      }
    }
    return read;
  }

  public void problem(Problem problem) {
    sink.accept(problem);
  }

  public void problem(Field field, ProblemCode code, Object... args) {
    problem(Problem.of(field.column(), code, args));
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The record {@code make} makes from the values read, when none of them had a problem. */
  public <T> Checked<T> checked(Supplier<T> make) {
    return problems.isEmpty()
        ? new Checked<>(make.get(), List.of())
        : new Checked<>(null, problems);
  }
}
