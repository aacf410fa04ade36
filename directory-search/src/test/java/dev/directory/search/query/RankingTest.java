package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.search.sync.IndexSync;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
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

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;

  private SearchIndex index;
  private IndexSync sync;
  private DirectorySearch search;

  @BeforeAll
  void indexTheSeedAndTheFixture() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    importer.importFrom(Path.of(getClass().getResource("/ranking").toURI()));
    index = SearchIndex.open(Files.createTempDirectory("index"));
    sync = new IndexSync(index, changeLog, organizations, people, topics);
    sync.catchUp();
    search = new DirectorySearch(index, sync::topicLabel);
  }

  @AfterAll
  void close() throws Exception {
    sync.close();
    index.close();
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
