package dev.directory.search.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A name of the world's gazetteer that places in several countries share: the sentence each
 * country's tally gave for it, and each country's share of its weight, from the largest.
 */
record Ambiguity(String written, Map<String, Reason> reasons, Map<String, Double> shares) {

  /** Countries with less of the name than this are left out of the sentence. */
  private static final double NAMED_SHARE = 0.05;

  /** "“Tripoli” could be Libya or Lebanon; Libya is larger and the inquiry also names Misrata." */
  Reason explain(Tally chosen) {
    List<String> named =
        shares.entrySet().stream()
            .filter(s -> s.getValue() >= NAMED_SHARE || s.getKey().equals(chosen.country))
            .limit(4)
            .map(Map.Entry::getKey)
            .toList();
    if (named.size() == 1) {
      return reasons.get(chosen.country); // the places elsewhere are too small to name
    }
    Reason.Country name = new Reason.Country(chosen.country);
    List<Reason> why = new ArrayList<>();
    if (shares.keySet().iterator().next().equals(chosen.country)) {
      why.add(Reason.of(named.size() > 2 ? "largest" : "larger", name));
    }
    if (chosen.fromCountryField) {
      why.add(Reason.of("gives_country", name));
    } else {
      chosen.named.stream()
          .filter(other -> !other.equals(written))
          .findFirst()
          .ifPresent(other -> why.add(Reason.of("also_names", other)));
    }
    Reason because =
        switch (why.size()) {
          case 0 -> Reason.of("weighs_most", name);
          case 1 -> why.get(0);
          default -> Reason.of("and", why.get(0), why.get(1));
        };
    return Reason.of("could_be", Sense.quoted(written), new Reason.AnyOf(named), because);
  }
}
