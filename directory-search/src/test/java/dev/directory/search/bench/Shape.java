package dev.directory.search.bench;

import dev.directory.search.query.SearchRequest;
import java.util.function.IntFunction;

/**
 * One kind of query the benchmark measures; {@code request(i)} varies it from run to run. Browsing
 * shapes (no text) run with the facet-count cache, as in production.
 */
record Shape(String name, IntFunction<SearchRequest> request) {

  boolean browsing() {
    return request.apply(0).query().isEmpty();
  }
}
