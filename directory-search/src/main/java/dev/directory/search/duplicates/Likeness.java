package dev.directory.search.duplicates;

import java.util.List;

/**
 * How alike two records are, and why.
 *
 * @param score the log₂ of the odds that the two are one: the weights of their fields' agreements,
 *     less log₂ of the number of records (before comparing, a record's duplicate could be any of
 *     them). 0 is even odds, 4 sixteen to one.
 */
public record Likeness(double score, List<Agreement> agreements) {

  public Likeness {
    agreements = List.copyOf(agreements);
  }

  static Likeness of(List<Agreement> agreements, double records) {
    double score =
        agreements.stream().mapToDouble(Agreement::weight).sum()
            - Math.log(Math.max(2, records)) / Math.log(2);
    return new Likeness(Math.round(score * 10) / 10.0, agreements);
  }

  /** The same likeness seen from the other record: each agreement's sides swapped. */
  Likeness flipped() {
    return new Likeness(
        score,
        agreements.stream()
            .map(a -> new Agreement(a.field(), a.level(), a.weight(), a.right(), a.left()))
            .toList());
  }
}
