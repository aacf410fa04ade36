package dev.directory.search;

import java.io.IOException;

/** An index searches can be run on: the live one a server writes, or a view of one on disk. */
public interface Searchable {

  /** Runs {@code search} on a point-in-time view of the index. */
  <T> T search(SearchIndex.SearchFunction<T> search) throws IOException;
}
