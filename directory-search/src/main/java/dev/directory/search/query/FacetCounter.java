package dev.directory.search.query;

import dev.directory.search.TwoShares;
import dev.directory.search.index.Facet;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Counts every facet value over a set of matches, with the segments split between the calling
 * thread and one search thread: counting is the dearest part of a broad search, and two cores halve
 * it. Each thread counts into its own array of global ordinals; the arrays are summed. Small match
 * sets are counted in the calling thread alone, where handing work over costs more than it saves.
 * Counting every document reuses each segment's counts from {@link WholeSegmentCounts}.
 */
final class FacetCounter {

  /** Below this many matches, one thread counts faster than two. */
  static final long PARALLEL_FROM = 20_000;

  private final ExecutorService threads;
  private final WholeSegmentCounts wholeSegments = new WholeSegmentCounts();
  private volatile GlobalOrds globalOrds;

  FacetCounter(ExecutorService threads) {
    this.threads = threads;
  }

  /** The counts of one search, by global ordinal, with what is needed to name them. */
  static final class Counts {
    private final SortedSetDocValuesReaderState state;
    private final int[] counts;

    private Counts(SortedSetDocValuesReaderState state, int[] counts) {
      this.state = state;
      this.counts = counts;
    }

    /** The {@code n} most frequent values of a facet, most frequent first, ties by value. */
    List<LabelAndValue> top(Facet facet, int n) throws IOException {
      OrdRange range = state.getOrdRange(facet.dimension());
      if (range == null) {
        return List.of();
      }
      PriorityQueue<int[]> best =
          new PriorityQueue<>(Comparator.<int[]>comparingInt(e -> e[1]).thenComparing(e -> -e[0]));
      for (int ord = range.start; ord <= range.end; ord++) {
        int count = counts[ord];
        // Ords ascend: a value counted no more than the least kept would lose a tie anyway.
        if (count > 0 && (best.size() < n || count > best.peek()[1])) {
          best.add(new int[] {ord, count});
          if (best.size() > n) {
            best.poll();
          }
        }
      }
      SortedSetDocValues values = state.getDocValues();
      List<LabelAndValue> top = new ArrayList<>(best.size());
      while (!best.isEmpty()) {
        int[] entry = best.poll();
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(entry[0]).utf8ToString());
        top.add(0, new LabelAndValue(path[1], entry[1]));
      }
      return top;
    }
  }

  /**
   * @param matches the documents to count, or null for every live document
   */
  Counts count(SortedSetDocValuesReaderState state, @Nullable FacetsCollector matches)
      throws IOException {
    List<Segment> segments = segments(state, matches);
    long total = segments.stream().mapToLong(Segment::size).sum();
    if (total < PARALLEL_FROM || segments.size() < 2) {
      return new Counts(state, count(state, segments));
    }
    TwoShares<Segment> shares = TwoShares.of(segments, Segment::size);
    Future<int[]> other = threads.submit(() -> count(state, shares.second()));
    int[] counts = count(state, shares.first());
    try {
      int[] more = other.get();
      for (int i = 0; i < counts.length; i++) {
        counts[i] += more[i];
      }
    } catch (InterruptedException e) {
      other.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while counting facets");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
    return new Counts(state, counts);
  }

  /** One segment's share of the matches: its documents, or all of it when docs is null. */
  private record Segment(LeafReaderContext context, @Nullable MatchingDocs docs) {
    long size() {
      return docs == null ? context.reader().numDocs() : docs.totalHits;
    }
  }

  private static List<Segment> segments(
      SortedSetDocValuesReaderState state, @Nullable FacetsCollector matches) {
    List<Segment> segments = new ArrayList<>();
    if (matches == null) {
      state.getReader().leaves().forEach(leaf -> segments.add(new Segment(leaf, null)));
    } else {
      for (MatchingDocs docs : matches.getMatchingDocs()) {
        if (docs.totalHits > 0) {
          segments.add(new Segment(docs.context, docs));
        }
      }
    }
    return segments;
  }

  /** Counts the segments into one array of global ordinals. */
  private int[] count(SortedSetDocValuesReaderState state, List<Segment> segments)
      throws IOException {
    int[] counts = new int[state.getSize()];
    int[][] toGlobal = globalOrds(state);
    for (Segment segment : segments) {
      LeafReaderContext leaf = segment.context();
      if (segment.docs() == null) {
        addLocal(counts, wholeSegments.live(leaf.reader(), state.getField()), toGlobal[leaf.ord]);
      } else {
        countMatches(counts, leaf, state.getField(), segment.docs(), toGlobal[leaf.ord]);
      }
    }
    return counts;
  }

  private static void countMatches(
      int[] counts, LeafReaderContext leaf, String field, MatchingDocs matches, int[] toGlobal)
      throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    DocIdSetIterator docs = matches.bits.iterator();
    if (docs == null) {
      return;
    }
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[toGlobal[(int) values.nextOrd()]]++;
        }
      }
    }
  }

  private static void addLocal(int[] counts, int[] local, int[] toGlobal) {
    for (int ord = 0; ord < local.length; ord++) {
      if (local[ord] > 0) {
        counts[toGlobal[ord]] += local[ord];
      }
    }
  }

  /**
   * For each segment, the global ordinal of each of its ordinals, as a plain array: Lucene's
   * ordinal map packs them, and unpacking one per counted value was most of the cost of counting a
   * large match set. Built once per view of the index (while it is warmed) and kept for the latest.
   */
  private int[][] globalOrds(SortedSetDocValuesReaderState state) throws IOException {
    GlobalOrds known = globalOrds;
    if (known != null && known.state() == state) {
      return known.bySegment();
    }
    synchronized (this) {
      known = globalOrds;
      if (known == null || known.state() != state) {
        known = new GlobalOrds(state, mapOrds(state));
        globalOrds = known;
      }
      return known.bySegment();
    }
  }

  private static int[][] mapOrds(SortedSetDocValuesReaderState state) throws IOException {
    OrdinalMap ordinals =
        state.getDocValues() instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = state.getReader().leaves();
    int[][] bySegment = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      int size = (int) DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount();
      LongValues global = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
      int[] map = new int[size];
      for (int ord = 0; ord < size; ord++) {
        map[ord] = (int) global.get(ord);
      }
      bySegment[leaf.ord] = map;
    }
    return bySegment;
  }

  private record GlobalOrds(SortedSetDocValuesReaderState state, int[][] bySegment) {}
}
