package dev.directory.search.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MicronautTest(startApplication = false, transactional = false)
class IndexSyncTest {

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;
  @Inject TransactionOperations<Connection> transactions;

  @TempDir Path indexDir;

  @BeforeEach
  void importSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
  }

  @Test
  void aCommittedChangeIsSearchableWhenCatchUpReturns() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      noteOnSantos("firstmarker");

      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), ids(index, "firstmarker"));
      assertEquals(changeLog.lastSeq(), index.appliedSeq());
    }
  }

  @Test
  void aChangeCommittedByAnyoneIsSearchableWithinASecond() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      sync.startPolling(100);

      noteOnSantos("secondmarker");
      long deadline = System.nanoTime() + 1_000_000_000L;
      List<String> found = ids(index, "secondmarker");
      while (found.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
        found = ids(index, "secondmarker");
      }

      assertEquals(List.of("maria-elena-santos"), found);
    }
  }

  @Test
  void aSearchRepeatedAfterAChangeSeesTheChangeNotWhatWasKept() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      DirectorySearch search = new DirectorySearch(index, id -> id);
      assertEquals(0, search.search(SearchRequest.of("fourthmarker")).total());
      long everything = search.search(SearchRequest.of("")).total();

      noteOnSantos("fourthmarker");
      sync.catchUp();

      List<String> found =
          search.search(SearchRequest.of("fourthmarker")).hits().stream()
              .map(SearchResult.Hit::id)
              .toList();
      assertEquals(List.of("maria-elena-santos"), found);
      assertEquals(everything, search.search(SearchRequest.of("")).total());
    }
  }

  @Test
  void anIndexOpenedAgainCatchesUpWithWhatChangedWhileItWasClosed() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
    }
    noteOnSantos("thirdmarker");

    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();

      assertEquals(List.of("maria-elena-santos"), ids(index, "thirdmarker"));
    }
  }

  @Test
  void aRenamedOrganisationIsFoundThroughItsPeople() throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir);
        IndexSync sync = sync(index)) {
      sync.catchUp();
      Organization arica = organizations.find("municipal-services-arica").orElseThrow();
      transactions.executeWrite(
          status ->
              organizations.save(
                  new Organization(
                      arica.id(),
                      arica.kind(),
                      arica.name(),
                      arica.localName(),
                      List.of("fourthmarker"),
                      arica.parentId(),
                      arica.country(),
                      arica.region(),
                      arica.city(),
                      arica.website(),
                      arica.phone(),
                      arica.email(),
                      arica.topicIds(),
                      arica.notes())));

      sync.catchUp();

      assertEquals(
          List.of("maria-elena-santos", "municipal-services-arica"),
          ids(index, "fourthmarker").stream().sorted().toList());
    }
  }

  private IndexSync sync(SearchIndex index) {
    return new IndexSync(index, changeLog, organizations, people, topics);
  }

  private void noteOnSantos(String note) {
    Person santos = people.find("maria-elena-santos").orElseThrow();
    transactions.executeWrite(
        status ->
            people.save(
                new Person(
                    santos.id(),
                    santos.givenName(),
                    santos.familyName(),
                    santos.jobTitle(),
                    santos.organizationId(),
                    santos.roles(),
                    santos.emails(),
                    santos.phones(),
                    santos.languages(),
                    santos.topicIds(),
                    santos.pressContact(),
                    santos.visibility(),
                    note)));
  }

  private static List<String> ids(SearchIndex index, String query) throws Exception {
    SearchResult result = new DirectorySearch(index, id -> id).search(SearchRequest.of(query));
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
