package dev.directory.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.directory.core.problem.Refused;
import dev.directory.search.IndexedSeed;
import dev.directory.search.query.ResultType;
import dev.directory.search.suggest.Suggestions.Suggestion;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsTest {

  @Inject ApplicationContext context;

  private IndexedSeed seed;
  private Suggestions suggestions;

  @BeforeAll
  void indexTheSeed() throws Exception {
    seed = IndexedSeed.build(context);
    suggestions = new Suggestions(seed.index());
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
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
    assertThrows(Refused.class, () -> suggestions.suggest("x".repeat(101)));
  }
}
