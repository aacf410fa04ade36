package dev.directory.search.query;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** One page of results, the total number of matches, and the facet counts. */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A matching organisation or person, with what a result list shows of it. */
  public record Hit(
      String id,
      ResultType type,
      String name,
      @Nullable String title,
      @Nullable String organizationId,
      @Nullable String organizationName,
      @Nullable String country,
      @Nullable String city) {}

  /** One value of a facet and how many results have it. */
  public record FacetCount(String value, long count) {}
}
