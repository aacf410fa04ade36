package dev.directory.search.query;

import dev.directory.search.SearchIndex;
import dev.directory.search.index.Analysis;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every match of a search, without counts or highlights — for exports and address books — and which
 * records of a list a search matches. The same query as {@link DirectorySearch} makes of a request,
 * over the same index.
 */
public final class Matches {

  /** How many matches are fetched at a time. */
  static final int CHUNK = 5_000;

  private final SearchIndex index;
  private final QueryFactory queries = new QueryFactory(Analysis.perField());

  public Matches(SearchIndex index) {
    this.index = index;
  }

  /** Receives the matches one by one. */
  @FunctionalInterface
  public interface HitVisitor {
    void visit(Hit hit) throws IOException;
  }

  /**
   * Visits every match of a request, in the request's order. Matches are fetched {@link #CHUNK} at
   * a time from one point-in-time view of the index, so a million matches take no more memory than
   * a page of them.
   */
  public void forEach(SearchRequest request, HitVisitor visitor) throws IOException {
    forEach(request, CHUNK, visitor);
  }

  void forEach(SearchRequest request, int chunkSize, HitVisitor visitor) throws IOException {
    Query text = queries.forText(request.text(), request.lastWordComplete());
    chunks(
        config -> drillDown(config, text, request.filters()),
        Orders.of(request, text),
        chunkSize,
        (stored, doc) -> Hits.plain(stored.document(doc)),
        chunk -> {
          for (Hit hit : chunk) {
            visitor.visit(hit);
          }
          return true;
        });
  }

  /** Reads what a match gives from its stored fields. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(StoredFields stored, int doc) throws IOException;
  }

  /** Receives the matches a chunk at a time, and says whether it wants more. */
  @FunctionalInterface
  public interface ChunkReader<T> {
    boolean read(List<T> chunk) throws IOException;
  }

  /**
   * Gives the matches of a request, in the request's order, {@code chunkSize} at a time, until the
   * reader has enough: for a reader that holds each match to a test of its own and wants only the
   * first few that pass it.
   */
  public void inChunks(SearchRequest request, int chunkSize, ChunkReader<DirectoryEntry> reader)
      throws IOException {
    Query text = queries.forText(request.text(), request.lastWordComplete());
    chunks(
        config -> drillDown(config, text, request.filters()),
        Orders.of(request, text),
        chunkSize,
        Hits::entry,
        reader);
  }

  /**
   * Gives the records that have a word beginning with {@code beginning} in one of {@code fields}
   * (analysed text fields such as {@link IndexFields#NAME} or {@link IndexFields#EMAIL}), by name,
   * {@code chunkSize} at a time, until the reader has enough: a look-up as a mail program's address
   * field makes one, without the relevance, typos and other fields of a search.
   *
   * @param beginning folded and in lower case, as the index holds words
   */
  public void startingWith(
      String beginning,
      Collection<String> fields,
      Map<Facet, List<String>> filters,
      int chunkSize,
      ChunkReader<DirectoryEntry> reader)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      any.add(new PrefixQuery(new Term(field, beginning)), BooleanClause.Occur.SHOULD);
    }
    Query words = new ConstantScoreQuery(any.build());
    chunks(
        config -> drillDown(config, words, filters),
        Orders.of(SearchRequest.of("").withOrder(SearchRequest.Order.NAME), words),
        chunkSize,
        Hits::entry,
        reader);
  }

  /** The matches of a query, in an order, a chunk at a time from one view of the index. */
  private <T> void chunks(
      Function<FacetsConfig, Query> query,
      Sort sort,
      int chunkSize,
      Reading<T> reading,
      ChunkReader<T> reader)
      throws IOException {
    index.search(
        (searcher, facetState) -> {
          if (facetState == null) {
            return null;
          }
          Query filtered = query.apply(index.facetsConfig());
          StoredFields stored = searcher.storedFields();
          ScoreDoc after = null;
          ScoreDoc[] chunk;
          boolean more;
          do {
            chunk = searcher.searchAfter(after, filtered, chunkSize, sort).scoreDocs;
            List<T> read = new ArrayList<>(chunk.length);
            for (ScoreDoc match : chunk) {
              read.add(reading.read(stored, match.doc));
            }
            more = chunk.length > 0 && reader.read(read);
            after = chunk.length == 0 ? null : chunk[chunk.length - 1];
          } while (more && chunk.length == chunkSize);
          return null;
        });
  }

  /**
   * The entries of these records, in no particular order; a record not in the index is left out.
   */
  public List<DirectoryEntry> entries(Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Query byId = new TermInSetQuery(IndexFields.ID, ids.stream().map(BytesRef::new).toList());
    return index.search(
        (searcher, facetState) -> {
          List<DirectoryEntry> found = new ArrayList<>();
          if (facetState != null) {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc match : searcher.search(byId, ids.size()).scoreDocs) {
              found.add(Hits.entry(stored, match.doc));
            }
          }
          return found;
        });
  }

  /**
   * Which of {@code ids} the request matches now: for an address book, telling a client which of
   * the records changed since it last looked are still in it.
   */
  public Set<String> among(SearchRequest request, Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Query text = queries.forText(request.text(), request.lastWordComplete());
    return index.search(
        (searcher, facetState) -> {
          if (facetState == null) {
            return Set.of();
          }
          Query query =
              new BooleanQuery.Builder()
                  .add(
                      drillDown(index.facetsConfig(), text, request.filters()),
                      BooleanClause.Occur.MUST)
                  .add(
                      new TermInSetQuery(IndexFields.ID, ids.stream().map(BytesRef::new).toList()),
                      BooleanClause.Occur.FILTER)
                  .build();
          StoredFields stored = searcher.storedFields();
          Set<String> found = new HashSet<>();
          for (ScoreDoc match : searcher.search(query, ids.size()).scoreDocs) {
            found.add(stored.document(match.doc).get(IndexFields.ID));
          }
          return found;
        });
  }

  /** The text query with the request's filters, as both kinds of search make it. */
  static DrillDownQuery drillDown(
      FacetsConfig config, Query text, Map<Facet, List<String>> filters) {
    DrillDownQuery query = new DrillDownQuery(config, text);
    filters.forEach(
        (facet, values) -> values.forEach(value -> query.add(facet.dimension(), value)));
    return query;
  }
}
