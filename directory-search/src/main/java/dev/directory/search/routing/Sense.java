package dev.directory.search.routing;

import java.util.List;

/**
 * What a phrase of an inquiry can mean to the router: a country, a place or organisation in one, or
 * a topic. Each meaning that points at a country carries a weight (how surely it does) and explains
 * itself in a sentence a person can check.
 */
sealed interface Sense {

  /** A meaning that points at one country. */
  sealed interface Pointer extends Sense {

    String country();

    double weight();

    /**
     * How many records back this meaning: a phrase known in several countries shares its weight
     * among them in proportion ("Santiago" of six organisations in Chile and one in the Dominican
     * Republic points at Chile).
     */
    default double support() {
      return 1;
    }

    /** Why the words {@code written} point at the country, e.g. "“Pérou” is Peru." */
    Reason explain(String written);
  }

  record CountryName(String country) implements Pointer {
    public double weight() {
      return 3;
    }

    public Reason explain(String written) {
      return Reason.of("country_name", quoted(written), new Reason.Country(country));
    }
  }

  record Demonym(String country) implements Pointer {
    // Less than a place: "Venezuelans in Cúcuta" is a story for the office in Colombia.
    public double weight() {
      return 1.5;
    }

    public Reason explain(String written) {
      return Reason.of("demonym", quoted(written), new Reason.Country(country));
    }
  }

  /** A city or region where organisations of the directory are. */
  record Place(String country, String kind, List<String> knownFrom, int organizations)
      implements Pointer {
    public double weight() {
      return 2;
    }

    public double support() {
      return organizations;
    }

    public Reason explain(String written) {
      String more = organizations > knownFrom.size() ? "_more" : "";
      return Reason.of(
          kind + "_known_from" + more,
          quoted(written),
          new Reason.Country(country),
          String.join(", ", knownFrom));
    }
  }

  /**
   * A city or region of the world's gazetteer. It weighs less than a place of the directory's own
   * organisations and more than a demonym ("Venezuelans in Cúcuta" is a story for Colombia); a name
   * shared by places in several countries shares its weight by their populations.
   */
  record WorldPlace(WorldPlaces.Place place) implements Pointer {
    public String country() {
      return place.country();
    }

    public double weight() {
      return 1.8;
    }

    public double support() {
      return place.isRegion()
          ? Math.max(WorldPlaces.REGION_POPULATION_FLOOR, place.population())
          : Math.max(1, place.population());
    }

    public Reason explain(String written) {
      String kind = place.isRegion() ? "world_region" : "world_city";
      Reason.Country in = new Reason.Country(country());
      return Words.keys(written).equals(Words.keys(place.name()))
          ? Reason.of(kind, quoted(written), in)
          : Reason.of(kind + "_named", quoted(written), place.name(), in);
    }
  }

  /** An organisation of the directory, by one of its names or acronyms. */
  record OrganizationName(String country, String name) implements Pointer {
    public double weight() {
      return 3;
    }

    public Reason explain(String written) {
      return Words.keys(written).equals(Words.keys(name))
          ? Reason.of("organization", quoted(written), new Reason.Country(country))
          : Reason.of("organization_named", quoted(written), name, new Reason.Country(country));
    }
  }

  /** A label or keyword of a topic. */
  record TopicWord(String topicId) implements Sense {}

  static Reason.Quoted quoted(String written) {
    return new Reason.Quoted(written);
  }
}
