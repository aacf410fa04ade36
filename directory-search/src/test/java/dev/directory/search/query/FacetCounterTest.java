package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.index.DocumentFactory;
import dev.directory.search.index.IndexFields;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-thread count agrees, value for value, with Lucene's own facet counting, on an index of
 * several segments large enough to be split between threads.
 */
class FacetCounterTest {

  @TempDir Path dir;

  @Test
  void countsExactlyAsLuceneDoesOnSeveralSegmentsAndTwoThreads() throws Exception {
    SyntheticDirectory directory = new SyntheticDirectory(7, 3_000, 40_000);
    DocumentFactory factory = new DocumentFactory(directory.topics());
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int part = 0; part < 3; part++) {
        int from = part * 10_000;
        index.apply(
            IntStream.range(from, from + 10_000)
                .mapToObj(
                    i -> {
                      Person person = directory.person(i);
                      Organization organization = directory.organization(person.organizationId());
                      return factory.person(
                          person, organization, directory.ancestors(organization));
                    })
                .toList(),
            List.of(),
            part + 1);
      }
      FacetCounter counter = new FacetCounter(index.searchThreads());
      index.search(
          (searcher, state) -> {
            assertTrue(searcher.getIndexReader().leaves().size() > 1, "several segments");
            FacetsCollector persons =
                searcher.search(
                    new TermQuery(new Term(IndexFields.RECORD, IndexFields.RECORD_PERSON)),
                    new FacetsCollectorManager());
            FacetCounter.Counts ours = counter.count(state, persons);
            FacetCounter.Counts everything = counter.count(state, null);
            SortedSetDocValuesFacetCounts lucene =
                new SortedSetDocValuesFacetCounts(state, persons);
            for (Facet facet : Facet.values()) {
              FacetResult expected = lucene.getTopChildren(50, facet.dimension());
              List<LabelAndValue> want =
                  expected == null ? List.of() : Arrays.asList(expected.labelValues);
              assertEquals(want, ours.top(facet, 50), facet.dimension());
              assertEquals(want, everything.top(facet, 50), facet.dimension());
            }
            return null;
          });
    }
  }
}
