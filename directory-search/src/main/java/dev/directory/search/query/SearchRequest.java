package dev.directory.search.query;

import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.search.index.Facet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One search: free text, facet filters (values of one facet combine with OR, facets with AND),
 * order and page. Every limit a search has is here, bounding the work any one request can cause.
 */
public record SearchRequest(
    String query, Map<Facet, List<String>> filters, Order order, int page, int size) {

  public static final int MAX_QUERY_LENGTH = 500;
  public static final int MAX_TERMS = 20;
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_RESULT_WINDOW = 10_000;
  public static final int MAX_FILTER_VALUES = 50;

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** How results are ordered; ties are always broken by id, so paging is stable. */
  public enum Order {
    RELEVANCE,
    NAME
  }

  /**
   * @param query the text as typed: a space at its end says its last word is whole, else the last
   *     word may still be being typed and matches as a beginning too
   * @throws Refused naming each parameter over its limit
   */
  public SearchRequest {
    query = typed(query);
    Objects.requireNonNull(order, "order");
    List<Problem> problems = new ArrayList<>();
    int length = query.strip().length();
    if (length > MAX_QUERY_LENGTH) {
      problems.add(Problem.of("q", ProblemCode.TEXT_TOO_LONG, length, MAX_QUERY_LENGTH));
    } else {
      int words = wordCount(query);
      if (words > MAX_TERMS) {
        problems.add(Problem.of("q", ProblemCode.TOO_MANY_WORDS, words, MAX_TERMS));
      }
    }
    if (page < 1) {
      problems.add(Problem.of("page", ProblemCode.NUMBER_OUT_OF_RANGE, page, 1, MAX_RESULT_WINDOW));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(Problem.of("size", ProblemCode.NUMBER_OUT_OF_RANGE, size, 1, MAX_SIZE));
    }
    if (problems.isEmpty() && (long) page * size > MAX_RESULT_WINDOW) {
      problems.add(Problem.of("page", ProblemCode.RESULT_WINDOW, MAX_RESULT_WINDOW, page, size));
    }
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach(
        (facet, values) -> {
          if (values.size() > MAX_FILTER_VALUES) {
            problems.add(
                Problem.of(
                    facet.dimension(),
                    ProblemCode.FILTER_VALUES,
                    MAX_FILTER_VALUES,
                    values.size()));
          }
          if (!values.isEmpty()) {
            copy.put(facet, List.copyOf(values));
          }
        });
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    filters = Collections.unmodifiableMap(copy);
  }

  /** The text without the space that may end it. */
  public String text() {
    return query.strip();
  }

  /** Whether the text ends with a space: its last word is whole, not the start of one. */
  public boolean lastWordComplete() {
    return query.endsWith(" ");
  }

  /** The text as typed, without leading space, and any trailing space as one. */
  private static String typed(String query) {
    if (query == null || query.isBlank()) {
      return "";
    }
    String text = query.strip();
    return Character.isWhitespace(query.charAt(query.length() - 1)) ? text + " " : text;
  }

  private static int wordCount(String query) {
    return (int) WORD_SEPARATORS.splitAsStream(query.strip()).filter(w -> !w.isEmpty()).count();
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
