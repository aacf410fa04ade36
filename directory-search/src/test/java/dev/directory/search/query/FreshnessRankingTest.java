package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.RecordKind;
import dev.directory.search.IndexedSeed;
import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.search.sync.Staleness;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Golden orders with stale records: freshness settles ties between equally relevant records and
 * changes no order between records of clearly different relevance. The seed, the ranking fixture
 * and two synthetic namesakes, some marked stale.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshnessRankingTest {

  /** The clearly more relevant record of each golden pair, and one of the namesakes. */
  private static final Set<String> STALE =
      Set.of("maria-elena-santos", "santo-test-partner", "test-twin-a");

  @Inject ApplicationContext context;

  private IndexedSeed seed;
  private DirectorySearch search;

  @BeforeAll
  void indexWithSomeRecordsStale() throws Exception {
    Staleness stale =
        new Staleness() {
          @Override
          public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
            return ids.stream().filter(STALE::contains).collect(Collectors.toSet());
          }

          @Override
          public Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today) {
            return Map.of();
          }
        };
    seed =
        IndexedSeed.build(
            context,
            stale,
            Path.of(getClass().getResource("/ranking").toURI()),
            Path.of(getClass().getResource("/freshness").toURI()));
    search = new DirectorySearch(seed.index(), seed.sync()::topicLabel);
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
  }

  @Test
  void keepsTheExactNameAboveOneATypoAwayThoughItIsStale() throws Exception {
    assertEquals(List.of("maria-elena-santos", "santo-test-partner"), ids("santos"));
    assertEquals(List.of("santo-test-partner", "maria-elena-santos"), ids("santo"));
  }

  @Test
  void putsTheFreshOfTwoEquallyRelevantNamesakesFirst() throws Exception {
    assertEquals(List.of("test-twin-b", "test-twin-a"), ids("quintillian testwright"));
  }

  @Test
  void marksStaleRecordsAndFiltersAndCountsThem() throws Exception {
    SearchResult all = search.search(SearchRequest.of("testwright"));
    assertTrue(all.hits().stream().anyMatch(h -> h.id().equals("test-twin-a") && h.stale()));
    assertTrue(all.hits().stream().anyMatch(h -> h.id().equals("test-twin-b") && !h.stale()));

    SearchResult stale = search.search(SearchRequest.of("").withFilter(Facet.STALE, "true"));
    assertEquals(
        STALE, stale.hits().stream().map(Hit::id).collect(Collectors.toSet()), "only the stale");
    assertEquals(
        List.of(new SearchResult.FacetCount("true", "true", 3)),
        stale.facets().get(Facet.STALE).stream().filter(c -> c.value().equals("true")).toList());
    assertFalse(
        search.search(SearchRequest.of("").withFilter(Facet.STALE, "false")).hits().stream()
            .anyMatch(h -> STALE.contains(h.id())));
  }

  private List<String> ids(String query) throws Exception {
    return search.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
  }
}
