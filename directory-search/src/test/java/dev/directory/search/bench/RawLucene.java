package dev.directory.search.bench;

import dev.directory.search.index.Analysis;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.Facet;
import dev.directory.search.query.QueryFactory;
import dev.directory.search.query.SearchRequest;
import java.io.IOException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The baseline: the same Lucene query and the counts of every facet, written directly and plainly
 * against the same index — one thread, no drill-sideways, no highlighting, no labels, no caching.
 * What the directory's own layers cost is the difference.
 */
final class RawLucene implements AutoCloseable {

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = IndexFields.facetsConfig();
  private final QueryFactory queries = new QueryFactory(Analysis.perField());

  RawLucene(org.apache.lucene.store.Directory directory) throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** Runs the request's query, counts every facet, reads the page's stored fields. */
  long search(SearchRequest request) throws IOException {
    DrillDownQuery query = new DrillDownQuery(config, queries.forText(request.query()));
    request
        .filters()
        .forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(
            searcher, query, request.size(), new FacetsCollectorManager());
    FacetsCollector collector = result.facetsCollector();
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    long seen = 0;
    for (Facet facet : Facet.values()) {
      FacetResult top = topChildren(counts, facet);
      seen += top == null ? 0 : top.childCount;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : result.topDocs().scoreDocs) {
      seen += stored.document(hit.doc).getFields().size();
    }
    return seen + result.topDocs().totalHits.value;
  }

  private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts, Facet facet)
      throws IOException {
    try {
      return counts.getTopChildren(DirectorySearch.FACET_VALUES, facet.dimension());
    } catch (IllegalArgumentException noValueYet) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
