package dev.directory.search.duplicates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A scan of the whole index for likely pairs: records that share a blocking key are compared, each
 * two once, on as many workers as there are cores.
 */
final class BlockScan {

  /**
   * A key shared by more records than this (a common name's stem with a common initial) blocks
   * nothing in a scan; the pairs in it meet in a smaller block or are not alike.
   */
  static final int LARGEST_BLOCK = 300;

  /** Blocks handed to a worker at a time. */
  private static final int BATCH = 20_000;

  private BlockScan() {}

  /**
   * Every likely pair of records of {@code kind} in the reader's view, best first, but those {@code
   * dismissed}.
   */
  static List<Duplicates.Pair> scan(
      Traits.Kind kind, BiPredicate<String, String> dismissed, IndexReader reader)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, DuplicateFields.keysField(kind));
    if (terms == null) {
      return List.of();
    }
    String[] encoded = encodedTraits(reader, kind);
    Frequencies frequencies = new IndexFrequencies(reader, kind);
    Map<Long, Duplicates.Pair> pairs = new ConcurrentHashMap<>();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      List<int[]> batch = new ArrayList<>();
      TermsEnum keys = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef key = keys.next(); key != null; key = keys.next()) {
        int shared = keys.docFreq();
        if (shared < 2 || shared > LARGEST_BLOCK) {
          continue;
        }
        postings = keys.postings(postings, PostingsEnum.NONE);
        int[] block = new int[shared];
        int size = 0;
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (encoded[doc] != null) {
            block[size++] = doc;
          }
        }
        if (size >= 2) {
          batch.add(size == shared ? block : Arrays.copyOf(block, size));
        }
        if (batch.size() == BATCH) {
          List<int[]> blocks = batch;
          running.add(
              workers.submit(() -> compare(blocks, encoded, frequencies, dismissed, pairs, kind)));
          batch = new ArrayList<>();
        }
      }
      List<int[]> blocks = batch;
      running.add(
          workers.submit(() -> compare(blocks, encoded, frequencies, dismissed, pairs, kind)));
      for (Future<?> work : running) {
        work.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scanning for duplicates", e);
    } catch (ExecutionException e) {
      throw new IOException("a scan for duplicates failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    List<Duplicates.Pair> found = new ArrayList<>(pairs.values());
    found.sort(
        Comparator.comparingDouble((Duplicates.Pair p) -> -p.likeness().score())
            .thenComparing(p -> p.a().id())
            .thenComparing(p -> p.b().id()));
    return found;
  }

  /** Compares every two records of each block, keeping the likely pairs. */
  private static void compare(
      List<int[]> blocks,
      String[] encoded,
      Frequencies frequencies,
      BiPredicate<String, String> dismissed,
      Map<Long, Duplicates.Pair> pairs,
      Traits.Kind kind) {
    double threshold = Duplicates.threshold(kind);
    Map<Integer, Traits> decoded = new HashMap<>();
    for (int[] block : blocks) {
      decoded.clear();
      for (int i = 0; i < block.length; i++) {
        for (int j = i + 1; j < block.length; j++) {
          long pair = ((long) block[i] << 32) | block[j];
          if (pairs.containsKey(pair)) {
            continue;
          }
          Traits a = decoded.computeIfAbsent(block[i], doc -> Traits.decode(encoded[doc]));
          Traits b = decoded.computeIfAbsent(block[j], doc -> Traits.decode(encoded[doc]));
          Likeness likeness = Scoring.compare(a, b, frequencies);
          if (likeness.score() >= threshold) {
            boolean ordered = a.id().compareTo(b.id()) < 0;
            Traits first = ordered ? a : b;
            Traits second = ordered ? b : a;
            if (!dismissed.test(first.id(), second.id())) {
              pairs.put(
                  pair,
                  new Duplicates.Pair(first, second, ordered ? likeness : likeness.flipped()));
            }
          }
        }
      }
    }
  }

  /** The traits of every live record of {@code kind}, by document number, still encoded. */
  private static String[] encodedTraits(IndexReader reader, Traits.Kind kind) throws IOException {
    String[] encoded = new String[reader.maxDoc()];
    char mark = kind == Traits.Kind.PERSON ? 'P' : 'O';
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(DuplicateFields.TRAITS);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          BytesRef bytes = values.binaryValue();
          if (bytes.length > 0 && bytes.bytes[bytes.offset] == mark) {
            encoded[leaf.docBase + doc] = bytes.utf8ToString();
          }
        }
      }
    }
    return encoded;
  }
}
