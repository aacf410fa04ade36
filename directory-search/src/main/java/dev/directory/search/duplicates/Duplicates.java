package dev.directory.search.duplicates;

import dev.directory.search.Searchable;
import dev.directory.search.index.IndexFields;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds records that look like the same person or organisation entered twice: the likely duplicates
 * of one record (as it is saved or brought in), and every likely pair of the directory. Only
 * records sharing a blocking key ({@link DuplicateFields#keys}) are ever compared; each pair is
 * scored by {@link Scoring}, and those at or above the kind's threshold are likely.
 */
public final class Duplicates {

  /**
   * The score from which two records are named as likely the same: odds of eight to one (chosen on
   * the hand-written test set and the synthetic directory's injected duplicates: see README).
   */
  public static final double PERSON_THRESHOLD = 3;

  public static final double ORGANIZATION_THRESHOLD = 3;

  /** Records compared with one being saved: those sharing the most keys with it. */
  private static final int CANDIDATES = 100;

  /** A record like another, and how alike. */
  public record Candidate(Traits traits, Likeness likeness) {}

  /** Two records alike, the first the one of smaller id. */
  public record Pair(Traits a, Traits b, Likeness likeness) {}

  private final Searchable index;

  public Duplicates(Searchable index) {
    this.index = index;
  }

  public static double threshold(Traits.Kind kind) {
    return kind == Traits.Kind.PERSON ? PERSON_THRESHOLD : ORGANIZATION_THRESHOLD;
  }

  /** The records likely the same as {@code traits}, best first; never the record itself. */
  public List<Candidate> like(Traits traits) throws IOException {
    return index.search((searcher, facets) -> like(traits, searcher));
  }

  private static List<Candidate> like(Traits traits, IndexSearcher searcher) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    String field = DuplicateFields.keysField(traits.record());
    for (String key : DuplicateFields.keys(traits)) {
      query.add(
          new ConstantScoreQuery(new TermQuery(new Term(field, key))), BooleanClause.Occur.SHOULD);
    }
    query.add(new TermQuery(new Term(IndexFields.ID, traits.id())), BooleanClause.Occur.MUST_NOT);
    ScoreDoc[] hits = searcher.search(query.build(), CANDIDATES).scoreDocs;
    Frequencies frequencies = new IndexFrequencies(searcher.getIndexReader(), traits.record());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Candidate> alike = new ArrayList<>();
    double threshold = threshold(traits.record());
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      Traits other = traits(leaf, hit.doc - leaf.docBase);
      if (other != null && other.record() == traits.record()) {
        Likeness likeness = Scoring.compare(traits, other, frequencies);
        if (likeness.score() >= threshold) {
          alike.add(new Candidate(other, likeness));
        }
      }
    }
    alike.sort(
        Comparator.comparingDouble((Candidate c) -> -c.likeness().score())
            .thenComparing(c -> c.traits().id()));
    return alike;
  }

  /**
   * The likely pairs among {@code records} themselves (the rows of one upload, not yet stored),
   * best first; weighed by the counts of the index.
   */
  public List<Pair> among(List<Traits> records) throws IOException {
    if (records.size() < 2) {
      return List.of();
    }
    Traits.Kind kind = records.get(0).record();
    return index.search(
        (searcher, facets) -> {
          Frequencies frequencies = new IndexFrequencies(searcher.getIndexReader(), kind);
          Map<String, List<Integer>> blocks = new HashMap<>();
          for (int r = 0; r < records.size(); r++) {
            for (String key : DuplicateFields.keys(records.get(r))) {
              blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
          }
          Map<Long, Pair> pairs = new HashMap<>();
          for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > BlockScan.LARGEST_BLOCK) {
              continue;
            }
            for (int i = 0; i < block.size(); i++) {
              for (int j = i + 1; j < block.size(); j++) {
                long pair = ((long) block.get(i) << 32) | block.get(j);
                if (!pairs.containsKey(pair)) {
                  Traits a = records.get(block.get(i));
                  Traits b = records.get(block.get(j));
                  Likeness likeness = Scoring.compare(a, b, frequencies);
                  if (likeness.score() >= threshold(kind)) {
                    pairs.put(pair, new Pair(a, b, likeness));
                  }
                }
              }
            }
          }
          List<Pair> found = new ArrayList<>(pairs.values());
          found.sort(Comparator.comparingDouble((Pair p) -> -p.likeness().score()));
          return found;
        });
  }

  /**
   * Every likely pair of records of {@code kind}, best first, but those {@code dismissed} (marked
   * "not the same").
   */
  public List<Pair> scan(Traits.Kind kind, BiPredicate<String, String> dismissed)
      throws IOException {
    return scanned(kind, dismissed).pairs();
  }

  /** The likely pairs of one view of the index, and that view's version. */
  public record Scanned(long indexVersion, List<Pair> pairs) {}

  /** {@link #scan}, with the version of the view of the index it was made on. */
  public Scanned scanned(Traits.Kind kind, BiPredicate<String, String> dismissed)
      throws IOException {
    return index.search(
        (searcher, facets) ->
            new Scanned(
                version(searcher.getIndexReader()),
                BlockScan.scan(kind, dismissed, searcher.getIndexReader())));
  }

  /** The version of the index searches see now: it changes with every change they can see. */
  public long indexVersion() throws IOException {
    return index.search((searcher, facets) -> version(searcher.getIndexReader()));
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
  }

  @Nullable
  private static Traits traits(LeafReaderContext leaf, int doc) throws IOException {
    BinaryDocValues values = leaf.reader().getBinaryDocValues(DuplicateFields.TRAITS);
    return values != null && values.advanceExact(doc)
        ? Traits.decode(values.binaryValue().utf8ToString())
        : null;
  }
}
