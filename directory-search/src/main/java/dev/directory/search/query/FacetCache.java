package dev.directory.search.query;

import dev.directory.search.query.SearchResult.FacetCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * Facet counts and totals of recent searches, valid for one point-in-time view of the index:
 * counting a million documents is the dearest part of a broad search, and the answer cannot change
 * until the index does. Emptied whenever a newer reader is seen.
 */
final class FacetCache {

  /** What a search counted; the page of hits is always fetched anew. */
  record Counts(long total, Map<Facet, List<FacetCount>> facets) {}

  /** What identifies the counts: the query text and the filters, never the page or the order. */
  record Key(String query, Map<Facet, List<String>> filters) {}

  private static final int CAPACITY = 256;

  private IndexReader reader;
  private final Map<Key, Counts> entries =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized Counts get(IndexReader current, Key key) {
    if (reader != current) {
      return null;
    }
    return entries.get(key);
  }

  synchronized void put(IndexReader current, Key key, Counts counts) {
    if (reader != current) {
      if (reader != null && version(current) < version(reader)) {
        return; // a slow search on an older view; its counts are already stale
      }
      entries.clear();
      reader = current;
    }
    entries.put(key, counts);
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : 0;
  }
}
