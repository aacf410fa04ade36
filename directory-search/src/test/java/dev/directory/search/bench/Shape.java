package dev.directory.search.bench;

import dev.directory.search.query.SearchRequest;
import java.util.function.IntFunction;

/** One kind of query the benchmark measures; {@code request(i)} varies it from run to run. */
record Shape(String name, IntFunction<SearchRequest> request) {}
