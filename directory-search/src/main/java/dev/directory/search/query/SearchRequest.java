package dev.directory.search.query;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One search: free text, facet filters (values of one facet combine with OR, facets with AND),
 * order and page. The limits bound the work any one request can cause.
 */
public record SearchRequest(
    String query, Map<Facet, List<String>> filters, Order order, int page, int size) {

  public static final int MAX_QUERY_LENGTH = 500;
  public static final int MAX_TERMS = 20;
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_RESULT_WINDOW = 10_000;
  public static final int MAX_FILTER_VALUES = 50;

  /** How results are ordered; ties are always broken by id, so paging is stable. */
  public enum Order {
    RELEVANCE,
    NAME
  }

  /**
   * @throws IllegalArgumentException naming the parameter and the bad value
   */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    Objects.requireNonNull(order, "order");
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "q must be at most " + MAX_QUERY_LENGTH + " characters; got: " + query.length());
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more; got: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + "; got: " + size);
    }
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw new IllegalArgumentException(
          "page × size must be at most "
              + MAX_RESULT_WINDOW
              + "; got: "
              + page
              + " × "
              + size
              + " (narrow the search instead of paging this deep)");
    }
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach(
        (facet, values) -> {
          if (values.size() > MAX_FILTER_VALUES) {
            throw new IllegalArgumentException(
                facet.dimension()
                    + " may be given at most "
                    + MAX_FILTER_VALUES
                    + " times; got: "
                    + values.size());
          }
          if (!values.isEmpty()) {
            copy.put(facet, List.copyOf(values));
          }
        });
    filters = Collections.unmodifiableMap(copy);
  }

  /** Everything, first page, by relevance. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), Order.RELEVANCE, 1, DEFAULT_SIZE);
  }

  public SearchRequest withFilter(Facet facet, String... values) {
    Map<Facet, List<String>> more = new EnumMap<>(Facet.class);
    more.putAll(filters);
    more.put(facet, List.of(values));
    return new SearchRequest(query, more, order, page, size);
  }

  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(query, filters, order, page, size);
  }

  public SearchRequest withOrder(Order order) {
    return new SearchRequest(query, filters, order, page, size);
  }
}
