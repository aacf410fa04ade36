package dev.directory.search.routing;

import dev.directory.search.routing.RoutingDirectory.Contact;
import dev.directory.search.routing.RoutingDirectory.Office;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
      given.firstWritten = Reason.of("the_country_field");
      given.fromCountryField = true;
      given.reasons.add(Reason.of("country_field", new Reason.Country(inquiry.country())));
    }
    evidence.read(directory.gazetteer().find(inquiry.subject()), SUBJECT, 0);
    evidence.read(directory.gazetteer().find(inquiry.message()), 1, inquiry.subject().length() + 1);

    List<Reason> reasons = new ArrayList<>();
    List<Tally> ranked = evidence.ranked();
    String country = ranked.isEmpty() ? null : ranked.get(0).country;
    Optional<Office> office;
    if (country == null) {
      reasons.add(Reason.of("nothing_recognised"));
      office = directory.headquarters();
      office.ifPresent(hq -> reasons.add(Reason.of("headquarters_for_none", hq.name())));
    } else {
      explainCountry(ranked, evidence.ambiguities, reasons);
      office = directory.officeFor(country);
      office.ifPresent(o -> reasons.add(answersFor(o, country)));
    }
    if (office.isEmpty()) {
      reasons.add(Reason.of("no_office"));
      return new Routing(country, null, null, reasons, language(inquiry), evidence.topics());
    }
    return withContact(office.get(), evidence, country, reasons, language(inquiry));
  }

  private Routing withContact(
      Office office,
      Evidence evidence,
      @Nullable String country,
      List<Reason> reasons,
      @Nullable String language) {
    Set<Office> visited = new HashSet<>();
    Office current = office;
    while (visited.add(current)) {
      List<Contact> contacts = directory.contacts(current.id());
      if (!contacts.isEmpty()) {
        Contact contact = choose(contacts, evidence, reasons);
        return new Routing(country, current, contact, reasons, language, evidence.topics());
      }
      for (String position : directory.vacantPositions(current.id())) {
        reasons.add(Reason.of("vacant", current.name(), position));
      }
      Optional<Office> next = directory.fallback(current);
      if (next.isEmpty()) {
        break;
      }
      reasons.add(Reason.of("fallback", current.name(), next.get().name()));
      current = next.get();
    }
    reasons.add(Reason.of(visited.size() == 1 ? "waits" : "waits_all", office.name()));
    return new Routing(country, office, null, reasons, language, evidence.topics());
  }

  /**
   * The contact named for the topics the inquiry speaks of most; when none is, the first general
   * one (named for no topic in particular), else the first.
   */
  private Contact choose(List<Contact> contacts, Evidence evidence, List<Reason> reasons) {
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
          Reason.of(
              "contact_for_topic",
              best.name(),
              directory.topicLabel(topic),
              Sense.quoted(evidence.topicWords.get(topic))));
      return best;
    }
    Contact general =
        contacts.stream().filter(c -> c.topicIds().isEmpty()).findFirst().orElse(contacts.get(0));
    reasons.add(Reason.of(contacts.size() == 1 ? "contact" : "contact_general", general.name()));
    return general;
  }

  private static void explainCountry(
      List<Tally> ranked, List<Ambiguity> ambiguities, List<Reason> reasons) {
    Tally chosen = ranked.get(0);
    List<Reason> own = new ArrayList<>(chosen.reasons);
    for (Ambiguity ambiguity : ambiguities) {
      int at = own.indexOf(ambiguity.reasons().get(chosen.country));
      if (at >= 0) {
        own.set(at, ambiguity.explain(chosen));
      }
    }
    reasons.addAll(own.subList(0, Math.min(REASONS_PER_COUNTRY, own.size())));
    if (own.size() > REASONS_PER_COUNTRY) {
      reasons.add(
          Reason.of(
              "more_ways", new Reason.Country(chosen.country), own.size() - REASONS_PER_COUNTRY));
    }
    for (Tally other : ranked.subList(1, Math.min(3, ranked.size()))) {
      if (other.weight < MENTIONED_SHARE * chosen.weight) {
        continue; // a small town elsewhere that shares a name with the place of the story
      }
      reasons.add(
          Reason.of(
              "mentioned_too",
              new Reason.Country(other.country),
              other.firstWritten,
              new Reason.Country(chosen.country)));
    }
  }

  private static Reason answersFor(Office office, String country) {
    Reason.Country name = new Reason.Country(country);
    if (office.coversAll()) {
      return Reason.of("headquarters_for", name, office.name());
    }
    if (office.coverage().size() == 1) {
      return Reason.of("answers_for", office.name(), name);
    }
    return Reason.of("answers_for_one_of", office.name(), name, office.coverage().size());
  }

  private static @Nullable String language(Inquiry inquiry) {
    return LanguageGuess.of(inquiry.subject() + "\n" + inquiry.message());
  }
}
