package dev.directory.search.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The facet counts of every document of a segment, kept as long as the segment lives. A segment's
 * documents never change once written — an edit adds a new segment and marks the old document
 * deleted — so browsing everything after a change counts only the new segments, and subtracts the
 * few documents deleted from the old ones.
 */
final class WholeSegmentCounts {

  private final Map<IndexReader.CacheKey, int[]> bySegment = new ConcurrentHashMap<>();

  /** The counts of the segment's live documents, by the segment's own ordinals; do not modify. */
  int[] live(LeafReader segment, String field) throws IOException {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    int[] all = core == null ? everyDocument(segment, field) : cached(core, segment, field);
    Bits live = segment.getLiveDocs();
    if (live == null) {
      return all;
    }
    int[] counts = all.clone();
    SortedSetDocValues values = DocValues.getSortedSet(segment, field);
    for (int doc = 0; doc < segment.maxDoc(); doc++) {
      if (!live.get(doc) && values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[(int) values.nextOrd()]--;
        }
      }
    }
    return counts;
  }

  private int[] cached(IndexReader.CacheHelper core, LeafReader segment, String field)
      throws IOException {
    int[] counts = bySegment.get(core.getKey());
    if (counts == null) {
      counts = everyDocument(segment, field);
      if (bySegment.putIfAbsent(core.getKey(), counts) == null) {
        core.addClosedListener(bySegment::remove);
      }
    }
    return counts;
  }

  private static int[] everyDocument(LeafReader segment, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(segment, field);
    int[] counts = new int[(int) values.getValueCount()];
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      for (int i = values.docValueCount(); i > 0; i--) {
        counts[(int) values.nextOrd()]++;
      }
    }
    return counts;
  }
}
