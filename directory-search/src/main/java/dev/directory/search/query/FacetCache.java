package dev.directory.search.query;

import dev.directory.search.query.SearchResult.FacetCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * Facet counts and totals of recent searches, valid for one version of the index: counting a
 * million documents is the dearest part of a broad search, and the answer cannot change until the
 * index does. Emptied as soon as a newer version is searched.
 */
final class FacetCache {

  /** What a search counted; the page of hits is always fetched anew. */
  record Counts(long total, Map<Facet, List<FacetCount>> facets) {}

  /** What identifies the counts: the query text and the filters, never the page or the order. */
  record Key(String query, Map<Facet, List<String>> filters) {}

  private final int capacity;
  private final Map<Key, Counts> entries;
  private long version = -1;

  /**
   * @param capacity how many searches' counts to keep; 0 keeps none
   */
  FacetCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
            return size() > FacetCache.this.capacity;
          }
        };
  }

  synchronized Counts get(IndexReader reader, Key key) {
    return version(reader) == version ? entries.get(key) : null;
  }

  synchronized void put(IndexReader reader, Key key, Counts counts) {
    long current = version(reader);
    if (capacity == 0 || current < version) {
      return; // a slow search on an older version; its counts are already stale
    }
    if (current > version) {
      entries.clear();
      version = current;
    }
    entries.put(key, counts);
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
  }
}
