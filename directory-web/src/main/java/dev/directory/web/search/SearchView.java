package dev.directory.web.search;

import dev.directory.search.index.Facet;
import dev.directory.web.language.Labels;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search page: the results of one search with the facet sidebar, or, when the parameters were
 * refused, the message that says why.
 *
 * @param error what was wrong with the parameters; null when the search ran
 */
public record SearchView(
    SearchState state,
    long total,
    long tookMs,
    List<ResultView> results,
    List<FacetGroup> facets,
    @Nullable String didYouMean,
    List<RelaxationView> relaxations,
    @Nullable String error) {

  public String totalText() {
    return Labels.number(total);
  }

  static SearchView refused(String q, String error) {
    return new SearchView(SearchState.empty(q), 0, 0, List.of(), List.of(), null, List.of(), error);
  }

  /**
   * One result. {@code nameHtml}, {@code titleHtml} and {@code aliasesHtml} hold the matched words
   * marked with {@code <mark>} and everything else already HTML-escaped by the search; they are
   * null when nothing in them matched, and the plain value is shown, escaped by the template.
   */
  public record ResultView(
      String url,
      String typeLabel,
      String name,
      @Nullable String nameHtml,
      @Nullable String title,
      @Nullable String titleHtml,
      @Nullable String aliases,
      @Nullable String aliasesHtml,
      @Nullable Ref organization,
      @Nullable String city,
      @Nullable String countryName,
      @Nullable String phone,
      @Nullable String phoneDial,
      @Nullable String email,
      boolean stale,
      List<String> matchedTopics,
      @Nullable String formerNames,
      @Nullable String formerNamesHtml,
      boolean closed,
      List<String> successors) {

    /** "Santiago, Chile", or whichever of the two is known. */
    public String place() {
      return Stream.of(city, countryName)
          .filter(Objects::nonNull)
          .collect(Collectors.joining(", "));
    }
  }

  /** A group of the sidebar: one facet, or the places (countries, their regions and cities). */
  public record FacetGroup(String title, List<FacetOption> options) {}

  /** A checkbox of the sidebar; a place may hold the places within it. */
  public record FacetOption(
      Facet facet,
      String value,
      String label,
      long count,
      boolean checked,
      List<FacetOption> children) {

    public String countText() {
      return Labels.number(count);
    }
  }

  /** When nothing matched: what dropping one filter would give, and the link that drops it. */
  public record RelaxationView(String facet, String values, long count, String href) {}
}
