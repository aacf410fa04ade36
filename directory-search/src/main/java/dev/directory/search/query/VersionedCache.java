package dev.directory.search.query;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * What recent searches found, valid for one version of the index: the answer cannot change until
 * the index does. All entries are dropped as soon as a newer version is searched; when full, an
 * entry makes room for a new one. Reads take no lock, so many searches at once do not queue here.
 */
final class VersionedCache<K, V> {

  /** The entries of one version of the index. */
  private record Generation<K, V>(long version, Map<K, V> entries) {}

  private final int capacity;
  private final AtomicReference<Generation<K, V>> current =
      new AtomicReference<>(new Generation<>(-1, new ConcurrentHashMap<>()));

  /**
   * @param capacity how many entries to keep; 0 keeps none
   */
  VersionedCache(int capacity) {
    this.capacity = capacity;
  }

  V get(IndexReader reader, K key) {
    Generation<K, V> generation = current.get();
    return version(reader) == generation.version() ? generation.entries().get(key) : null;
  }

  void put(IndexReader reader, K key, V value) {
    long version = version(reader);
    Generation<K, V> generation = current.get();
    if (capacity == 0 || version < generation.version()) {
      return; // a slow search on an older version; its answer is already stale
    }
    if (version > generation.version()) {
      Generation<K, V> newer = new Generation<>(version, new ConcurrentHashMap<>());
      generation = current.compareAndSet(generation, newer) ? newer : current.get();
      if (generation.version() != version) {
        return; // another search moved on meanwhile
      }
    }
    Map<K, V> entries = generation.entries();
    if (entries.size() >= capacity && !entries.containsKey(key)) {
      Iterator<K> any = entries.keySet().iterator();
      if (any.hasNext()) {
        any.next();
        any.remove();
      }
    }
    entries.put(key, value);
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
  }
}
