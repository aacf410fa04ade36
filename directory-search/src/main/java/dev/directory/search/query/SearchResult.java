package dev.directory.search.query;

import dev.directory.search.index.Facet;
import io.micronaut.core.annotation.Nullable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the total number of matches and the facet counts. When nothing matched,
 * {@code didYouMean} may offer a spelling from the index, and {@code relaxations} tell how many
 * results there would be without each filter.
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<Facet, List<FacetCount>> facets,
    @Nullable String didYouMean,
    List<Relaxation> relaxations) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(facets.isEmpty() ? Map.of() : new EnumMap<>(facets));
    relaxations = List.copyOf(relaxations);
  }

  static SearchResult empty() {
    return new SearchResult(0, List.of(), Map.of(), null, List.of());
  }

  /**
   * A matching organisation or person, with what a result list shows of it. {@code highlights}
   * holds, for {@code name} and {@code title} where they matched, the text HTML-escaped with the
   * matching words in {@code <mark>}. {@code phoneDial} is the phone in E.164, only when it is
   * valid. {@code heldBy} names who holds a position now; {@code stale} says the record was last
   * verified too long ago.
   */
  public record Hit(
      String id,
      ResultType type,
      String name,
      @Nullable String title,
      @Nullable String aliases,
      @Nullable String organizationId,
      @Nullable String organizationName,
      @Nullable String country,
      @Nullable String city,
      @Nullable String phone,
      @Nullable String phoneDial,
      @Nullable String email,
      List<String> heldBy,
      boolean stale,
      long version,
      Map<String, String> highlights,
      List<String> matchedTopics,
      @Nullable String formerNames,
      boolean closed,
      List<String> successors) {

    /** The key of the former names, the matched words marked, among {@link #highlights}. */
    public static final String FORMER_NAMES = "formerNames";

    public Hit {
      heldBy = List.copyOf(heldBy);
      successors = List.copyOf(successors);
      highlights = Map.copyOf(highlights);
      matchedTopics = List.copyOf(matchedTopics);
    }
  }

  /** One value of a facet, its label for people, and how many results have it. */
  public record FacetCount(String value, String label, long count) {}

  /** How many results the same search would have without the filter on {@code facet}. */
  public record Relaxation(Facet facet, List<String> values, long count) {

    public Relaxation {
      values = List.copyOf(values);
    }
  }
}
