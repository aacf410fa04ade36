package dev.directory.web.search;

import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Everything the search page shows, as it is written in the URL — the same parameters as {@code
 * /api/search} — so that a search can be bookmarked, shared and gone back to. It ticks the boxes
 * and builds the links of the page.
 */
public record SearchState(
    String q, Map<String, List<String>> filters, String sort, int page, int size) {

  public SearchState {
    filters = Map.copyOf(filters);
  }

  static SearchState of(SearchRequest request) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    request.filters().forEach((facet, values) -> filters.put(facet.dimension(), values));
    return new SearchState(
        request.query(),
        filters,
        request.order().name().toLowerCase(Locale.ROOT),
        request.page(),
        request.size());
  }

  /** The state of a page that could not be searched: the query kept, nothing else. */
  static SearchState empty(String q) {
    return new SearchState(q, Map.of(), "relevance", 1, SearchRequest.DEFAULT_SIZE);
  }

  public boolean checked(Facet facet, String value) {
    return filters.getOrDefault(facet.dimension(), List.of()).contains(value);
  }

  public boolean filtered() {
    return !filters.isEmpty();
  }

  public boolean byName() {
    return sort.equals("name");
  }

  /** This search, on another page of results. */
  public String href(int page) {
    return "/?" + parameters(q, filters, page);
  }

  /** The same filters with another query, from the first page. */
  public String hrefWithQuery(String query) {
    return "/?" + parameters(query, filters, 1);
  }

  /** This query without any filter, from the first page. */
  public String hrefWithoutFilters() {
    return "/?" + parameters(q, Map.of(), 1);
  }

  /** This search without the filter on one facet, from the first page. */
  public String hrefWithout(Facet facet) {
    Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
    fewer.remove(facet.dimension());
    return "/?" + parameters(q, fewer, 1);
  }

  /** This search as a query string to keep: its query and filters, in no page. */
  public String toKeep() {
    return parameters(q, filters, 0);
  }

  /** The whole result of this search, in a file. */
  public String exportHref(String format) {
    return "/api/search/export?format=" + format + "&" + parameters(q, filters, 0);
  }

  private String parameters(String query, Map<String, List<String>> filters, int page) {
    StringJoiner joined = new StringJoiner("&");
    if (!query.isEmpty()) {
      joined.add("q=" + encode(query));
    }
    for (Facet facet : Facet.values()) {
      for (String value : filters.getOrDefault(facet.dimension(), List.of())) {
        joined.add(facet.dimension() + "=" + encode(value));
      }
    }
    if (byName()) {
      joined.add("sort=name");
    }
    if (page > 1) {
      joined.add("page=" + page);
    }
    if (size != SearchRequest.DEFAULT_SIZE) {
      joined.add("size=" + size);
    }
    return joined.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The page numbers to offer: the first, the last, and a few around this one. */
  public List<Integer> pageNumbers(long total) {
    int last = lastPage(total);
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= last; n++) {
      if (n == 1 || n == last || Math.abs(n - page) <= 2) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  /** The last page a reader may open: bounded by the result window as well as by the total. */
  public int lastPage(long total) {
    long pages = (total + size - 1) / size;
    return (int) Math.max(1, Math.min(pages, SearchRequest.MAX_RESULT_WINDOW / size));
  }
}
