package dev.directory.search.bench;

import dev.directory.search.index.Analysis;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.QueryFactory;
import dev.directory.search.query.SearchRequest;
import java.io.IOException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The baseline: the same Lucene query and the counts of every facet, written directly and plainly
 * against the same index — one thread, Lucene's own drill sideways when filters are set, no
 * highlighting, no labels, no caching. What the directory's own layers cost is the difference.
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

  /**
   * Runs the request's query, counts every facet, reads the page's stored fields. With filters,
   * Lucene's own drill sideways counts each filtered facet as if its filter were not set, as the
   * directory's multi-select answer does.
   */
  long search(SearchRequest request) throws IOException {
    DrillDownQuery query =
        new DrillDownQuery(config, queries.forText(request.text(), request.lastWordComplete()));
    request
        .filters()
        .forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
    TopDocs top;
    Facets facets;
    if (request.filters().isEmpty()) {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(
              searcher, query, request.size(), new FacetsCollectorManager());
      top = result.topDocs();
      facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
    } else {
      DrillSideways.DrillSidewaysResult result =
          new DrillSideways(searcher, config, state).search(query, request.size());
      top = result.hits;
      facets = result.facets;
    }
    long seen = 0;
    for (Facet facet : Facet.values()) {
      FacetResult values = topChildren(facets, facet);
      seen += values == null ? 0 : values.childCount;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      seen += stored.document(hit.doc).getFields().size();
    }
    return seen + top.totalHits.value;
  }

  private static FacetResult topChildren(Facets facets, Facet facet) throws IOException {
    try {
      return facets.getTopChildren(DirectorySearch.FACET_VALUES, facet.dimension());
    } catch (IllegalArgumentException noValueYet) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
