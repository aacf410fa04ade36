package dev.directory.search.routing;

import dev.directory.search.routing.Gazetteer.Mention;
import dev.directory.search.routing.RoutingDirectory.Contact;
import dev.directory.search.routing.RoutingDirectory.Office;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes a press inquiry to the press contact of the mission office that answers for it.
 *
 * <p>Every phrase of the subject and message that points at a country adds its weight to that
 * country (a phrase known in several countries shares its weight among them; the subject counts
 * twice); the country field, when given, outweighs the text. The office is the one covering the
 * country most closely; without a country, headquarters. An office without a public press contact
 * hands the inquiry to its fallback, then to headquarters. Among several press contacts, the topics
 * the inquiry speaks of choose.
 */
public final class Router {

  /** The country field is the journalist's own word: it outweighs what the text suggests. */
  static final double COUNTRY_FIELD = 10;

  static final double SUBJECT = 2;

  private static final int REASONS_PER_COUNTRY = 4;

  /**
   * Another country is named in the reasons when it has at least this share of the winner's weight.
   */
  private static final double MENTIONED_SHARE = 0.1;

  /** What a journalist wrote. */
  public record Inquiry(String subject, String message, @Nullable String country) {}

  private final RoutingDirectory directory;

  public Router(RoutingDirectory directory) {
    this.directory = directory;
  }

  public Routing route(Inquiry inquiry) {
    Evidence evidence = new Evidence();
    if (inquiry.country() != null) {
      Tally given = evidence.country(inquiry.country(), -1, COUNTRY_FIELD);
      given.firstWritten = "the country field";
      given.fromCountryField = true;
      given.reasons.add(
          "The inquiry gives " + Sense.countryName(inquiry.country()) + " as its country.");
    }
    evidence.read(directory.gazetteer().find(inquiry.subject()), SUBJECT, 0);
    evidence.read(directory.gazetteer().find(inquiry.message()), 1, inquiry.subject().length() + 1);

    List<String> reasons = new ArrayList<>();
    List<Tally> ranked = evidence.ranked();
    String country = ranked.isEmpty() ? null : ranked.get(0).country;
    Optional<Office> office;
    if (country == null) {
      reasons.add(
          "No country, place or organisation known to the directory was recognised in the"
              + " inquiry.");
      office = directory.headquarters();
      office.ifPresent(
          hq -> reasons.add("Headquarters, " + hq.name() + ", answers what points at no country."));
    } else {
      explainCountry(ranked, evidence.ambiguities, reasons);
      office = directory.officeFor(country);
      office.ifPresent(o -> reasons.add(answersFor(o, country)));
    }
    if (office.isEmpty()) {
      reasons.add("The directory has no mission office to route the inquiry to.");
      return new Routing(country, null, null, reasons, language(inquiry), evidence.topics());
    }
    return withContact(office.get(), evidence, country, reasons, language(inquiry));
  }

  private Routing withContact(
      Office office,
      Evidence evidence,
      @Nullable String country,
      List<String> reasons,
      @Nullable String language) {
    Set<Office> visited = new HashSet<>();
    Office current = office;
    while (visited.add(current)) {
      List<Contact> contacts = directory.contacts(current.id());
      if (!contacts.isEmpty()) {
        Contact contact = choose(contacts, evidence, reasons);
        return new Routing(country, current, contact, reasons, language, evidence.topics());
      }
      Optional<Office> next = directory.fallback(current);
      if (next.isEmpty()) {
        break;
      }
      reasons.add(
          current.name()
              + " has no public press contact, so the inquiry goes to its fallback, "
              + next.get().name()
              + ".");
      current = next.get();
    }
    reasons.add(
        (visited.size() == 1
                ? office.name() + " names no public press contact"
                : "No office from "
                    + office.name()
                    + " to headquarters names a public press contact")
            + "; the inquiry waits in its queue for staff to answer.");
    return new Routing(country, office, null, reasons, language, evidence.topics());
  }

  /**
   * The contact named for the topics the inquiry speaks of most; when none is, the first general
   * one (named for no topic in particular), else the first.
   */
  private Contact choose(List<Contact> contacts, Evidence evidence, List<String> reasons) {
    Contact best = null;
    double bestScore = 0;
    for (Contact contact : contacts) {
      double score = contact.topicIds().stream().mapToDouble(evidence::topicWeight).sum();
      if (score > bestScore) {
        best = contact;
        bestScore = score;
      }
    }
    if (best != null) {
      String topic =
          best.topicIds().stream()
              .max(Comparator.comparingDouble(evidence::topicWeight))
              .orElseThrow();
      reasons.add(
          best.name()
              + " is its press contact for "
              + directory.topicLabel(topic)
              + ", which "
              + Sense.quote(evidence.topicWords.get(topic))
              + " is about.");
      return best;
    }
    Contact general =
        contacts.stream().filter(c -> c.topicIds().isEmpty()).findFirst().orElse(contacts.get(0));
    reasons.add(
        contacts.size() == 1
            ? general.name() + " is its press contact."
            : general.name() + " is its general press contact.");
    return general;
  }

  private static void explainCountry(
      List<Tally> ranked, List<Ambiguity> ambiguities, List<String> reasons) {
    Tally chosen = ranked.get(0);
    List<String> own = new ArrayList<>(chosen.reasons);
    for (Ambiguity ambiguity : ambiguities) {
      int at = own.indexOf(ambiguity.reasons().get(chosen.country));
      if (at >= 0) {
        own.set(at, ambiguity.explain(chosen));
      }
    }
    reasons.addAll(own.subList(0, Math.min(REASONS_PER_COUNTRY, own.size())));
    if (own.size() > REASONS_PER_COUNTRY) {
      reasons.add(
          "The inquiry points at "
              + Sense.countryName(chosen.country)
              + " in "
              + (own.size() - REASONS_PER_COUNTRY)
              + " more ways.");
    }
    for (Tally other : ranked.subList(1, Math.min(3, ranked.size()))) {
      if (other.weight < MENTIONED_SHARE * chosen.weight) {
        continue; // a small town elsewhere that shares a name with the place of the story
      }
      reasons.add(
          Sense.countryName(other.country)
              + " is mentioned too ("
              + other.firstWritten
              + "), with less weight than "
              + Sense.countryName(chosen.country)
              + ".");
    }
  }

  private static String answersFor(Office office, String country) {
    String name = Sense.countryName(country);
    if (office.coversAll()) {
      return "No office answers for "
          + name
          + " in particular, so headquarters does: "
          + office.name()
          + ".";
    }
    if (office.coverage().size() == 1) {
      return office.name() + " answers for " + name + ".";
    }
    return office.name()
        + " answers for "
        + name
        + ", one of the "
        + office.coverage().size()
        + " countries it covers.";
  }

  private static @Nullable String language(Inquiry inquiry) {
    return LanguageGuess.of(inquiry.subject() + "\n" + inquiry.message());
  }

  /**
   * A name of the world's gazetteer that places in several countries share: the sentence each
   * country's tally gave for it, and each country's share of its weight, from the largest.
   */
  private record Ambiguity(
      String written, Map<String, String> reasons, Map<String, Double> shares) {

    /** Countries with less of the name than this are left out of the sentence. */
    private static final double NAMED_SHARE = 0.05;

    /**
     * "“Tripoli” could be Libya or Lebanon; Libya is larger and the inquiry also names Misrata."
     */
    String explain(Tally chosen) {
      List<String> names =
          shares.entrySet().stream()
              .filter(s -> s.getValue() >= NAMED_SHARE || s.getKey().equals(chosen.country))
              .limit(4)
              .map(s -> Sense.countryName(s.getKey()))
              .toList();
      if (names.size() == 1) {
        return reasons.get(chosen.country); // the places elsewhere are too small to name
      }
      String could =
          String.join(", ", names.subList(0, names.size() - 1))
              + " or "
              + names.get(names.size() - 1);
      List<String> why = new ArrayList<>();
      String name = Sense.countryName(chosen.country);
      if (shares.keySet().iterator().next().equals(chosen.country)) {
        why.add(name + (names.size() > 2 ? " is the largest" : " is larger"));
      }
      if (chosen.fromCountryField) {
        why.add("the inquiry gives " + name + " as its country");
      } else {
        chosen.named.stream()
            .filter(other -> !other.equals(written))
            .findFirst()
            .ifPresent(other -> why.add("the inquiry also names " + other));
      }
      String because = why.isEmpty() ? name + " weighs most" : String.join(" and ", why);
      return Sense.quote(written)
          + " could be "
          + could
          + "; "
          + Character.toUpperCase(because.charAt(0))
          + because.substring(1)
          + ".";
    }
  }

  /** How much points at one country, and the sentences that say so. */
  private static final class Tally {
    final String country;
    final int firstAt;
    double weight;
    String firstWritten;
    boolean fromCountryField;
    final Set<String> named = new LinkedHashSet<>();
    final Set<String> reasons = new LinkedHashSet<>();

    Tally(String country, int firstAt) {
      this.country = country;
      this.firstAt = firstAt;
    }
  }

  /** Everything the inquiry's words point at. */
  private static final class Evidence {
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
        Map<String, String> reasons = new LinkedHashMap<>();
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
                    tally.firstWritten = Sense.quote(mention.written());
                  }
                  String reason = pointer.explain(mention.written());
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
          .sorted(
              Comparator.comparingDouble((Tally t) -> -t.weight).thenComparingInt(t -> t.firstAt))
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
}
