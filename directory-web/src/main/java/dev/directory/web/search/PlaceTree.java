package dev.directory.web.search;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.organization.Organizations;
import dev.directory.core.organization.Place;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which country each region is in, and which region (or country) each city is in, as the
 * organisations of the directory say: what lets the sidebar nest places. Read again only when the
 * directory has changed.
 */
@Singleton
final class PlaceTree {

  private final Organizations organizations;
  private final ChangeLog changeLog;
  private volatile Parents parents = new Parents(-1, Map.of());

  PlaceTree(Organizations organizations, ChangeLog changeLog) {
    this.organizations = organizations;
    this.changeLog = changeLog;
  }

  /**
   * The places a region or a city is within, as {@code "region:…"} and {@code "country:…"}.
   *
   * @param level {@code region} or {@code city}
   */
  List<String> parents(String level, String value) {
    return current().byPlace().getOrDefault(level + ":" + value, List.of());
  }

  /** The country of the directory's city called {@code city} (the first, if several); or null. */
  @Nullable
  String countryOf(String city) {
    List<String> within = parents("city", city);
    for (String parent : within) {
      if (parent.startsWith("country:")) {
        return parent.substring("country:".length());
      }
    }
    for (String parent : within) {
      if (parent.startsWith("region:")) {
        for (String above : parents("region", parent.substring("region:".length()))) {
          if (above.startsWith("country:")) {
            return above.substring("country:".length());
          }
        }
      }
    }
    return null;
  }

  private Parents current() {
    long seq = changeLog.lastSeq();
    Parents known = parents;
    if (known.seq() != seq) {
      known = new Parents(seq, read(organizations.places()));
      parents = known;
    }
    return known;
  }

  private static Map<String, List<String>> read(List<Place> places) {
    Map<String, Set<String>> byPlace = new HashMap<>();
    for (Place place : places) {
      if (place.region() != null && place.country() != null) {
        add(byPlace, "region:" + place.region(), "country:" + place.country());
      }
      if (place.city() != null) {
        if (place.region() != null) {
          add(byPlace, "city:" + place.city(), "region:" + place.region());
        }
        if (place.country() != null) {
          add(byPlace, "city:" + place.city(), "country:" + place.country());
        }
      }
    }
    Map<String, List<String>> parents = new HashMap<>();
    byPlace.forEach((place, within) -> parents.put(place, List.copyOf(within)));
    return parents;
  }

  private static void add(Map<String, Set<String>> byPlace, String place, String within) {
    byPlace.computeIfAbsent(place, key -> new LinkedHashSet<>()).add(within);
  }

  private record Parents(long seq, Map<String, List<String>> byPlace) {}
}
