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
      explainCountry(ranked, reasons);
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

  private static void explainCountry(List<Tally> ranked, List<String> reasons) {
    Tally chosen = ranked.get(0);
    List<String> own = List.copyOf(chosen.reasons);
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

  /** How much points at one country, and the sentences that say so. */
  private static final class Tally {
    final String country;
    final int firstAt;
    double weight;
    String firstWritten;
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
            strongest.merge(pointer.country(), pointer, (a, b) -> a.weight() >= b.weight() ? a : b);
          } else if (sense instanceof Sense.TopicWord topic) {
            topicWeights.merge(topic.topicId(), factor, Double::sum);
            topicWords.putIfAbsent(topic.topicId(), mention.written());
          }
        }
        double support = strongest.values().stream().mapToInt(Sense.Pointer::support).sum();
        for (Sense.Pointer pointer : strongest.values()) {
          double share = pointer.support() / support;
          Tally tally =
              country(
                  pointer.country(), offset + mention.start(), pointer.weight() * factor * share);
          if (tally.firstWritten == null) {
            tally.firstWritten = Sense.quote(mention.written());
          }
          tally.reasons.add(pointer.explain(mention.written()));
        }
      }
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
