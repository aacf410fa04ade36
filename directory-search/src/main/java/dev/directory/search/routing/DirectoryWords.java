package dev.directory.search.routing;

import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.Organization;
import dev.directory.core.topic.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The directory's own words that point routing at a country: organisations' names, local names and
 * acronyms, the cities and regions they are in, and the terms of topics.
 */
final class DirectoryWords {

  // "Región de Arica y Parinacota" is also written "Arica y Parinacota".
  private static final Pattern REGION_WORD =
      Pattern.compile(
          "^(región|region|provincia|province|departamento|département|estado|state|comuna)\\s+"
              + "(de la |de los |del |de |of the |of |du |de l'|des )?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DirectoryWords() {}

  /**
   * Adds the words of the organisations (but those of offices covering every country, which point
   * at none) and of the topics to the gazetteer.
   */
  static void addTo(
      Gazetteer gazetteer,
      Collection<Organization> organizations,
      Collection<MissionOffice> missionOffices,
      Collection<Topic> topics) {
    Places places = new Places();
    for (Organization organization : organizations) {
      String country = organization.country();
      if (country == null || coversAll(organization, missionOffices)) {
        continue;
      }
      for (String name : names(organization)) {
        gazetteer.add(name, new Sense.OrganizationName(country, organization.name()));
      }
      if (organization.city() != null) {
        places.add(organization.city(), "city", country, organization.name());
      }
      if (organization.region() != null) {
        for (String form : regionForms(organization.region())) {
          places.add(form, "region", country, organization.name());
        }
      }
    }
    places.addTo(gazetteer);
    places.addTo(gazetteer);
    for (Topic topic : topics) {
      for (String term : topic.allTerms()) {
        gazetteer.add(term, new Sense.TopicWord(topic.id()));
      }
    }
  }

  private static boolean coversAll(Organization organization, Collection<MissionOffice> offices) {
    return offices.stream()
        .anyMatch(o -> o.coversAll() && o.organizationId().equals(organization.id()));
  }

  private static List<String> names(Organization organization) {
    List<String> names = new ArrayList<>();
    names.add(organization.name());
    if (organization.localName() != null) {
      names.add(organization.localName());
    }
    names.addAll(organization.aliases());
    // people still write the name it had: an inquiry naming it reaches the same office
    names.addAll(organization.formerNames());
    return names;
  }

  private static List<String> regionForms(String region) {
    String bare = REGION_WORD.matcher(region.strip()).replaceFirst("");
    return bare.isBlank() || bare.equals(region) ? List.of(region) : List.of(region, bare);
  }

  /** The cities and regions of organisations, each with the organisations it is known from. */
  private static final class Places {

    private record Key(String phrase, String kind, String country) {}

    private final Map<Key, List<String>> knownFrom = new LinkedHashMap<>();

    void add(String phrase, String kind, String country, String organization) {
      knownFrom
          .computeIfAbsent(new Key(phrase, kind, country), k -> new ArrayList<>())
          .add(organization);
    }

    void addTo(Gazetteer gazetteer) {
      knownFrom.forEach(
          (key, organizations) ->
              gazetteer.add(
                  key.phrase(),
                  new Sense.Place(
                      key.country(),
                      key.kind(),
                      List.copyOf(organizations.subList(0, Math.min(2, organizations.size()))),
                      organizations.size())));
    }
  }
}
