package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.organization.Organizations;
import dev.directory.core.reorganization.ChangeRequest;
import dev.directory.core.reorganization.OrganizationChanges;
import dev.directory.search.IndexedSeed;
import dev.directory.search.query.SearchResult.Hit;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Golden tests on the seed after two changes: a department renamed is found by its former name, and
 * a closed organisation comes after the active ones, naming what replaced it.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormerNamesSearchTest {

  @Inject ApplicationContext context;
  @Inject OrganizationChanges changes;
  @Inject Organizations organizations;

  private IndexedSeed seed;
  private DirectorySearch search;

  @BeforeAll
  void changeTwoOrganisationsAndIndex() throws Exception {
    seed = IndexedSeed.build(context);
    change(
        "department-for-foreigners-and-migration",
        "renamed",
        Map.of("name", "Example Migration Service", "localName", "Servicio de Ejemplo"));
    change("municipal-services-iquique", "merged", Map.of("into", "municipal-services-arica"));
    seed.sync().catchUp();
    search = new DirectorySearch(seed.index(), seed.sync()::topicLabel, seed.sync()::topicTerms);
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
  }

  @Test
  void findsTheRenamedDepartmentByItsFormerNameAndMarksIt() throws Exception {
    Hit first = search.search(SearchRequest.of("Foreigners and Migration")).hits().get(0);

    assertEquals("department-for-foreigners-and-migration", first.id());
    assertEquals("Example Migration Service", first.name());
    assertTrue(
        first.formerNames().startsWith("Department for Foreigners and Migration"),
        first.formerNames());
    assertTrue(
        first.highlights().get(Hit.FORMER_NAMES).contains("<mark>Foreigners</mark>"),
        first.highlights().toString());
  }

  @Test
  void putsTheClosedMunicipalServiceAfterTheActiveOnesAndNamesItsSuccessor() throws Exception {
    List<Hit> hits = search.search(SearchRequest.of("municipal services")).hits();

    assertEquals(
        List.of(
            "municipal-services-antofagasta",
            "municipal-services-arica",
            "municipal-services-santiago",
            "municipal-services-iquique"),
        hits.stream().map(Hit::id).filter(id -> id.startsWith("municipal-")).toList());
    Hit closed = hits.stream().filter(Hit::closed).findFirst().orElseThrow();
    assertEquals(List.of("Municipal Services of Arica"), closed.successors());
  }

  private void change(String id, String kind, Map<String, String> fields) {
    changes.record(
        id,
        new ChangeRequest(
            kind,
            "2025-01-15",
            organizations.version(id).orElseThrow(),
            fields.get("name"),
            fields.get("localName"),
            null,
            fields.get("into"),
            List.of(),
            Map.of()),
        "editor",
        change -> change);
  }
}
