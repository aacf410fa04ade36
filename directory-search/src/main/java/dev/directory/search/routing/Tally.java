package dev.directory.search.routing;

import java.util.LinkedHashSet;
import java.util.Set;

/** How much points at one country, and the sentences that say so. */
final class Tally {
  final String country;
  final int firstAt;
  double weight;
  Object firstWritten;
  boolean fromCountryField;
  final Set<String> named = new LinkedHashSet<>();
  final Set<Reason> reasons = new LinkedHashSet<>();

  Tally(String country, int firstAt) {
    this.country = country;
    this.firstAt = firstAt;
  }
}
