package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.search.IndexedSeed;
import dev.directory.search.query.SearchResult.Hit;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Exact matches outrank typo matches: the seed plus one synthetic record whose name is one edit
 * away from a person's.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingTest {

  @Inject ApplicationContext context;

  private IndexedSeed seed;
  private DirectorySearch search;

  @BeforeAll
  void indexTheSeedAndTheFixture() throws Exception {
    seed = IndexedSeed.build(context, Path.of(getClass().getResource("/ranking").toURI()));
    search = new DirectorySearch(seed.index(), seed.sync()::topicLabel);
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
  }

  @Test
  void ranksTheExactNameAboveOneATypoAway() throws Exception {
    assertEquals(List.of("maria-elena-santos", "santo-test-partner"), ids("santos"));
  }

  @Test
  void ranksTheExactWordAboveALongerWordItBegins() throws Exception {
    assertEquals(List.of("santo-test-partner", "maria-elena-santos"), ids("santo"));
  }

  private List<String> ids(String query) throws Exception {
    return search.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
  }
}
