package dev.directory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Shares work out between two threads: largest piece first, each to the lighter share, so that the
 * two finish at about the same time. Used for a query's segments and for a large facet count.
 */
public record TwoShares<T>(List<T> first, List<T> second) {

  public static <T> TwoShares<T> of(List<T> pieces, ToLongFunction<T> size) {
    List<T> largestFirst = new ArrayList<>(pieces);
    largestFirst.sort(Comparator.comparingLong(size).reversed());
    List<T> first = new ArrayList<>();
    List<T> second = new ArrayList<>();
    long firstSize = 0;
    long secondSize = 0;
    for (T piece : largestFirst) {
      if (firstSize <= secondSize) {
        first.add(piece);
        firstSize += size.applyAsLong(piece);
      } else {
        second.add(piece);
        secondSize += size.applyAsLong(piece);
      }
    }
    return new TwoShares<>(first, second);
  }
}
