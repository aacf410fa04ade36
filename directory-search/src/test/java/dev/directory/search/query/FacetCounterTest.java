package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.document.DocumentFactory;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import java.io.IOException;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-thread count agrees, value for value, with Lucene's own facet counting, on an index of
 * several segments large enough to be split between threads.
 */
class FacetCounterTest {

  @TempDir Path dir;

  private final SyntheticDirectory directory = new SyntheticDirectory(7, 3_000, 40_000);
  private final DocumentFactory factory = new DocumentFactory(directory.topics());
  private long seq;

  @Test
  void countsExactlyAsLuceneDoesOnSeveralSegmentsAndTwoThreads() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      indexThreeSegments(index);
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
              List<LabelAndValue> want = expected(lucene, facet);
              assertEquals(want, ours.top(facet, 50), facet.dimension());
              assertEquals(want, everything.top(facet, 50), facet.dimension());
            }
            return null;
          });
    }
  }

  @Test
  void countsAFewMatchesExactlyAsLuceneDoes() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      indexThreeSegments(index);
      FacetCounter counter = new FacetCounter(index.searchThreads());
      index.search(
          (searcher, state) -> {
            BooleanQuery.Builder three = new BooleanQuery.Builder();
            for (int i : new int[] {7, 12_345, 29_999}) {
              three.add(
                  new TermQuery(new Term(IndexFields.ID, directory.person(i).id())),
                  BooleanClause.Occur.SHOULD);
            }
            FacetsCollector few = searcher.search(three.build(), new FacetsCollectorManager());
            assertEquals(3, few.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum());
            FacetCounter.Counts ours = counter.count(state, few);
            SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, few);
            for (Facet facet : Facet.values()) {
              assertEquals(expected(lucene, facet), ours.top(facet, 50), facet.dimension());
            }
            return null;
          });
    }
  }

  @Test
  void countsOfEverythingFollowEditsAndDeletions() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      indexThreeSegments(index);
      FacetCounter counter = new FacetCounter(index.searchThreads());
      assertCountsEverythingAsLuceneDoes(index, counter);
      indexPeople(index, 5_000, 2_000); // edits: the old versions are deleted from old segments
      index.apply(List.of(), List.of(directory.person(20_000).id()), SearchIndex.Position.of(4));
      index.search(
          (searcher, state) -> {
            assertEquals(29_999, searcher.getIndexReader().numDocs());
            return null;
          });
      assertCountsEverythingAsLuceneDoes(index, counter);
    }
  }

  private static void assertCountsEverythingAsLuceneDoes(SearchIndex index, FacetCounter counter)
      throws Exception {
    index.search(
        (searcher, state) -> {
          FacetCounter.Counts ours = counter.count(state, null);
          SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state);
          for (Facet facet : Facet.values()) {
            assertEquals(expected(lucene, facet), ours.top(facet, 50), facet.dimension());
          }
          return null;
        });
  }

  private static List<LabelAndValue> expected(SortedSetDocValuesFacetCounts lucene, Facet facet)
      throws IOException {
    FacetResult expected = lucene.getTopChildren(50, facet.dimension());
    return expected == null ? List.of() : Arrays.asList(expected.labelValues);
  }

  /** Indexes 30,000 people as three segments of 10,000. */
  private void indexThreeSegments(SearchIndex index) throws Exception {
    for (int from = 0; from < 30_000; from += 10_000) {
      indexPeople(index, from, 10_000);
    }
  }

  /** Indexes people {@code from} to {@code from + count} as one segment. */
  private void indexPeople(SearchIndex index, int from, int count) throws Exception {
    index.apply(
        IntStream.range(from, from + count)
            .mapToObj(
                i -> {
                  Person person = directory.person(i);
                  Organization organization = directory.organization(person.organizationId());
                  return factory.person(person, organization, directory.ancestors(organization));
                })
            .toList(),
        List.of(),
        SearchIndex.Position.of(++seq));
  }
}
