package dev.directory.search.query;

import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchResult.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/** The counts of a search's matches: how many, and the top values of every facet with labels. */
record Counting(FacetCounter counter, FacetLabels labels) {

  /** What a search counted: the total and every facet's values. */
  record Counts(long total, Map<Facet, List<FacetCount>> facets) {}

  /** Browsing everything: counted straight from the doc values, no collection needed. */
  Counts everything(IndexSearcher searcher, SortedSetDocValuesReaderState facetState)
      throws IOException {
    FacetCounter.Counts all = counter.count(facetState, null);
    return new Counts(searcher.getIndexReader().numDocs(), counts(all, searcher));
  }

  Counts of(
      IndexSearcher searcher, SortedSetDocValuesReaderState facetState, FacetsCollector matches)
      throws IOException {
    FacetCounter.Counts facets = counter.count(facetState, matches);
    return new Counts(total(matches), counts(facets, searcher));
  }

  private static long total(FacetsCollector matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
      total += docs.totalHits;
    }
    return total;
  }

  private Map<Facet, List<FacetCount>> counts(FacetCounter.Counts facets, IndexSearcher searcher)
      throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<FacetCount> values = new ArrayList<>();
      for (LabelAndValue value : facets.top(facet, DirectorySearch.FACET_VALUES)) {
        values.add(
            new FacetCount(
                value.label, labels.label(facet, value.label, searcher), value.value.longValue()));
      }
      counts.put(facet, values);
    }
    return counts;
  }
}
