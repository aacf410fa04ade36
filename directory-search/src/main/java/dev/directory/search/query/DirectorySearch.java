package dev.directory.search.query;

import dev.directory.search.SearchIndex;
import dev.directory.search.index.DirectoryAnalyzer;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Answers a {@link SearchRequest}: one page of hits and the counts of every facet. Facet counts are
 * "drill sideways": choosing a value of a facet keeps the counts of its other values.
 */
public final class DirectorySearch {

  /** How many values of one facet are counted and returned, most frequent first. */
  public static final int FACET_VALUES = 50;

  private static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ID, SortField.Type.STRING));
  private static final Sort BY_NAME =
      new Sort(
          new SortField(IndexFields.NAME_SORT, SortField.Type.STRING),
          new SortField(IndexFields.ID, SortField.Type.STRING));

  private final SearchIndex index;
  private final QueryFactory queries = new QueryFactory(new DirectoryAnalyzer());

  public DirectorySearch(SearchIndex index) {
    this.index = index;
  }

  /**
   * @throws IllegalArgumentException when the request goes over a limit; the message says which
   */
  public SearchResult search(SearchRequest request) throws IOException {
    DrillDownQuery query =
        new DrillDownQuery(index.facetsConfig(), queries.forText(request.query()));
    request
        .filters()
        .forEach((facet, values) -> values.forEach(value -> query.add(facet.dimension(), value)));
    Sort sort = request.order() == SearchRequest.Order.NAME ? BY_NAME : BY_RELEVANCE;
    int window = request.page() * request.size();
    return index.search(
        (searcher, facetState) -> {
          if (facetState == null) {
            return new SearchResult(0, List.of(), Map.of());
          }
          DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), facetState);
          DrillSidewaysResult result =
              sideways.search(
                  query,
                  null,
                  null,
                  window,
                  sort,
                  request.order() == SearchRequest.Order.RELEVANCE);
          return new SearchResult(
              result.hits.totalHits.value,
              page(searcher, result.hits.scoreDocs, request),
              counts(result.facets));
        });
  }

  private static List<Hit> page(IndexSearcher searcher, ScoreDoc[] docs, SearchRequest request)
      throws IOException {
    List<Hit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
      hits.add(hit(stored.document(docs[i].doc)));
    }
    return hits;
  }

  private static Hit hit(Document doc) {
    return new Hit(
        doc.get(IndexFields.ID),
        ResultType.parse(doc.get(IndexFields.STORED_TYPE)),
        doc.get(IndexFields.STORED_NAME),
        doc.get(IndexFields.STORED_TITLE),
        doc.get(IndexFields.STORED_ORGANIZATION_ID),
        doc.get(IndexFields.STORED_ORGANIZATION_NAME),
        doc.get(IndexFields.STORED_COUNTRY),
        doc.get(IndexFields.STORED_CITY));
  }

  private static Map<Facet, List<FacetCount>> counts(Facets facets) throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<FacetCount> values = new ArrayList<>();
      FacetResult result = topChildren(facets, facet);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.add(new FacetCount(value.label, value.value.longValue()));
        }
      }
      counts.put(facet, values);
    }
    return counts;
  }

  private static FacetResult topChildren(Facets facets, Facet facet) throws IOException {
    try {
      return facets.getTopChildren(FACET_VALUES, facet.dimension());
    } catch (IllegalArgumentException dimensionNotInIndexYet) {
      return null;
    }
  }
}
