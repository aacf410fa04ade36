package dev.directory.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.ResultType;
import dev.directory.search.suggest.Suggestions.Suggestion;
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

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsTest {

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;

  private SearchIndex index;
  private Suggestions suggestions;

  @BeforeAll
  void indexTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    index = SearchIndex.open(Files.createTempDirectory("index"));
    try (IndexSync sync = new IndexSync(index, changeLog, organizations, people, topics)) {
      sync.catchUp();
    }
    suggestions = new Suggestions(index);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  @Test
  void suggestsNamesByTheirBeginning() throws Exception {
    assertEquals(
        List.of(new Suggestion("sebastian-mathews", ResultType.PRESS_CONTACT, "Sebastián Mathews")),
        suggestions.suggest("Seb"));
  }

  @Test
  void suggestsByAcronymAndByTheBeginningsOfSeveralWords() throws Exception {
    assertEquals("minsal", suggestions.suggest("mins").get(0).id());
    assertEquals("minsal", suggestions.suggest("minist salu").get(0).id());
  }

  @Test
  void putsAWholeAcronymFirst() throws Exception {
    assertEquals("iom", suggestions.suggest("IOM").get(0).id());
  }

  @Test
  void suggestsAtMostTen() throws Exception {
    assertEquals(10, suggestions.suggest("m").size());
  }

  @Test
  void suggestsNothingForNothing() throws Exception {
    assertEquals(List.of(), suggestions.suggest("  "));
  }

  @Test
  void refusesAnOverlongText() {
    assertThrows(IllegalArgumentException.class, () -> suggestions.suggest("x".repeat(101)));
  }
}
