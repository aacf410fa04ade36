package dev.directory.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * What recent searches found, valid for one version of the index: the answer cannot change until
 * the index does. The least recently used entries make room for new ones; all are dropped as soon
 * as a newer version is searched.
 */
final class VersionedCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries;
  private long version = -1;

  /**
   * @param capacity how many entries to keep; 0 keeps none
   */
  VersionedCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > VersionedCache.this.capacity;
          }
        };
  }

  synchronized V get(IndexReader reader, K key) {
    return version(reader) == version ? entries.get(key) : null;
  }

  synchronized void put(IndexReader reader, K key, V value) {
    long current = version(reader);
    if (capacity == 0 || current < version) {
      return; // a slow search on an older version; its answer is already stale
    }
    if (current > version) {
      entries.clear();
      version = current;
    }
    entries.put(key, value);
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
  }
}
