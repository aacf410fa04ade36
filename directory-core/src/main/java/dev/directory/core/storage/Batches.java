package dev.directory.core.storage;

import java.util.ArrayList;
import java.util.List;

/** Splits long lists so that a query by ids, or a batch of statements, stays a reasonable size. */
public final class Batches {

  public static final int SIZE = 1000;

  private Batches() {}

  public static <T> List<List<T>> of(List<T> values) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < values.size(); from += SIZE) {
      batches.add(values.subList(from, Math.min(values.size(), from + SIZE)));
    }
    return batches;
  }
}
