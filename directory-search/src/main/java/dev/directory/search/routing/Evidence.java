package dev.directory.search.routing;

import dev.directory.search.routing.Gazetteer.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the inquiry's words point at. */
final class Evidence {
  final Map<String, Tally> countries = new LinkedHashMap<>();
  final Map<String, Double> topicWeights = new HashMap<>();
  final Map<String, String> topicWords = new HashMap<>();
  final List<Ambiguity> ambiguities = new ArrayList<>();

  Tally country(String code, int at, double weight) {
    Tally tally = countries.computeIfAbsent(code, c -> new Tally(c, at));
    tally.weight += weight;
    return tally;
  }

  void read(List<Mention> mentions, double factor, int offset) {
    for (Mention mention : mentions) {
      Map<String, Sense.Pointer> strongest = new LinkedHashMap<>();
      for (Sense sense : mention.senses()) {
        if (sense instanceof Sense.Pointer pointer) {
          strongest.merge(pointer.country(), pointer, Evidence::stronger);
        } else if (sense instanceof Sense.TopicWord topic) {
          topicWeights.merge(topic.topicId(), factor, Double::sum);
          topicWords.putIfAbsent(topic.topicId(), mention.written());
        }
      }
      double support = strongest.values().stream().mapToDouble(Sense.Pointer::support).sum();
      Map<String, Reason> reasons = new LinkedHashMap<>();
      Map<String, Double> shares = new LinkedHashMap<>();
      strongest.values().stream()
          .sorted(Comparator.comparingDouble(p -> -p.support()))
          .forEach(
              pointer -> {
                double share = pointer.support() / support;
                Tally tally =
                    country(
                        pointer.country(),
                        offset + mention.start(),
                        pointer.weight() * factor * share);
                if (tally.firstWritten == null) {
                  tally.firstWritten = Sense.quoted(mention.written());
                }
                Reason reason = pointer.explain(mention.written());
                tally.reasons.add(reason);
                tally.named.add(mention.written());
                reasons.put(pointer.country(), reason);
                shares.put(pointer.country(), share);
              });
      if (reasons.size() > 1
          && strongest.values().stream().allMatch(Sense.WorldPlace.class::isInstance)) {
        ambiguities.add(new Ambiguity(mention.written(), reasons, shares));
      }
    }
  }

  /** Of two meanings in one country, the weightier; of two as weighty, the larger place. */
  private static Sense.Pointer stronger(Sense.Pointer a, Sense.Pointer b) {
    if (a.weight() != b.weight()) {
      return a.weight() > b.weight() ? a : b;
    }
    return a.support() >= b.support() ? a : b;
  }

  List<Tally> ranked() {
    return countries.values().stream()
        .sorted(Comparator.comparingDouble((Tally t) -> -t.weight).thenComparingInt(t -> t.firstAt))
        .toList();
  }

  double topicWeight(String topicId) {
    return topicWeights.getOrDefault(topicId, 0.0);
  }

  List<String> topics() {
    return topicWeights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }
}
