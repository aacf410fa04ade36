package dev.directory.search.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.search.IndexedSeed;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Duplicates among the seed's records, as the directory starts with them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesOnTheSeedTest {

  @Inject ApplicationContext context;
  @Inject People people;
  @Inject Organizations organizations;

  private IndexedSeed seed;
  private Duplicates duplicates;

  @BeforeAll
  void indexTheSeed() throws Exception {
    seed = IndexedSeed.build(context);
    duplicates = new Duplicates(seed.index());
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
  }

  @Test
  void findsNoDuplicatesAmongTheSeedsPeopleOrOrganisations() throws Exception {
    assertEquals(List.of(), duplicates.scan(Traits.Kind.PERSON, (a, b) -> false));
    assertEquals(List.of(), duplicates.scan(Traits.Kind.ORGANIZATION, (a, b) -> false));
  }

  @Test
  void findsSebastianMathewsEnteredAgainWithoutTheAccent() throws Exception {
    Person stored = people.find("sebastian-mathews").orElseThrow();
    Person again =
        new Person(
            "test-second-entry",
            "Sebastian",
            "Mathews",
            null,
            stored.organizationId(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            false,
            stored.visibility(),
            null);

    List<Duplicates.Candidate> like =
        duplicates.like(
            Traits.of(again, organizations.find(stored.organizationId()).orElseThrow()));

    assertEquals(
        List.of("sebastian-mathews"),
        like.stream().map(c -> c.traits().id()).toList(),
        () -> like.toString());
  }
}
