package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.search.sync.IndexSync;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Golden tests on the seed network: exact hits, order and facet counts. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchTest {

  @Inject CsvImporter importer;
  @Inject ChangeLog changeLog;
  @Inject Organizations organizations;
  @Inject People people;
  @Inject Topics topics;

  private SearchIndex index;
  private DirectorySearch search;

  @BeforeAll
  void indexTheSeed() throws Exception {
    importer.importFrom(Path.of("..", "data"));
    index = SearchIndex.open(Files.createTempDirectory("index"));
    try (IndexSync sync = new IndexSync(index, changeLog, organizations, people, topics)) {
      sync.catchUp();
    }
    search = new DirectorySearch(index);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  @Test
  void findsSebastianWithoutTheAccent() throws Exception {
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("sebastian")));
  }

  @Test
  void findsGironWhateverTheCase() throws Exception {
    assertEquals(List.of("norberto-giron"), ids(SearchRequest.of("GIRON")));
  }

  @Test
  void listsTheChileanMinistriesFirstForMinistryInChile() throws Exception {
    SearchResult result =
        search.search(SearchRequest.of("Ministry").withFilter(Facet.COUNTRY, "CL"));

    assertEquals(
        Set.of("minsal", "ministry-of-internal-affairs"), Set.copyOf(ids(result).subList(0, 2)));
    assertEquals(
        List.of(
            new FacetCount("department", 2),
            new FacetCount("ministry", 2),
            new FacetCount("mission_office", 1)),
        result.facets().get(Facet.TYPE));
  }

  @Test
  void countsEveryTypeWhileOneTypeIsChosen() throws Exception {
    SearchResult result =
        search.search(SearchRequest.of("").withFilter(Facet.TYPE, "municipal_service"));

    assertEquals(4, result.total());
    assertEquals(
        Map.of(
            "municipal_service", 4L,
            "department", 3L,
            "ministry", 2L,
            "mission_office", 2L,
            "person", 2L,
            "partner", 1L,
            "press_contact", 1L),
        counts(result, Facet.TYPE));
    assertEquals(Map.of("CL", 4L), counts(result, Facet.COUNTRY));
  }

  @Test
  void combinesValuesOfOneFacetWithOr() throws Exception {
    SearchResult result =
        search.search(SearchRequest.of("").withFilter(Facet.TYPE, "ministry", "partner"));

    assertEquals(
        Set.of("minsal", "ministry-of-internal-affairs", "lshtm"), Set.copyOf(ids(result)));
  }

  @Test
  void findsAnOrganisationByItsAcronymAndItsSpanishName() throws Exception {
    assertEquals("minsal", ids(SearchRequest.of("MINSAL")).get(0));
    assertEquals("minsal", ids(SearchRequest.of("ministerio de salud")).get(0));
    assertEquals(
        "department-for-foreigners-and-migration", ids(SearchRequest.of("extranjeria")).get(0));
    assertEquals("iom", ids(SearchRequest.of("OIM")).get(0));
  }

  @Test
  void findsAPersonByEmailItsLocalPartOrItsDomain() throws Exception {
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("iomsantiagopress@iom.int")));
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("iomsantiagopress")));
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("iom.int")));
  }

  @Test
  void findsAPersonByTheDigitsOfTheirPhone() throws Exception {
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("9633710")));
    assertEquals(List.of("sebastian-mathews"), ids(SearchRequest.of("+56 02 9633710")));
  }

  @Test
  void findsPeopleThroughTheirOrganisation() throws Exception {
    List<String> ids =
        ids(SearchRequest.of("IOM Chile").withFilter(Facet.TYPE, "person", "press_contact"));

    assertEquals(Set.of("norberto-giron", "sebastian-mathews"), Set.copyOf(ids));
  }

  @Test
  void findsTheDepartmentsOfAMinistry() throws Exception {
    List<String> ids = ids(SearchRequest.of("interior").withFilter(Facet.TYPE, "department"));

    assertEquals(
        Set.of("department-for-foreigners-and-migration", "public-security-division"),
        Set.copyOf(ids));
  }

  @Test
  void findsByCountryNameInSpanishAndFrench() throws Exception {
    SearchResult spanish = search.search(SearchRequest.of("Reino Unido"));
    SearchResult french = search.search(SearchRequest.of("Royaume-Uni"));

    assertEquals(
        Set.of("lshtm", "lshtm-centre-against-violence-against-women"), Set.copyOf(ids(spanish)));
    assertEquals(ids(spanish), ids(french));
  }

  @Test
  void showsTheOrganisationOfAPerson() throws Exception {
    Hit hit = search.search(SearchRequest.of("Girón")).hits().get(0);

    assertEquals(
        new Hit(
            "norberto-giron",
            ResultType.PERSON,
            "Norberto Girón",
            "Chief of Mission",
            "iom-chile",
            "IOM Chile",
            "CL",
            "Santiago"),
        hit);
  }

  @Test
  void sortsByNameIgnoringAccents() throws Exception {
    SearchRequest people =
        SearchRequest.of("")
            .withFilter(Facet.TYPE, "person", "press_contact")
            .withOrder(SearchRequest.Order.NAME);

    assertEquals(List.of("maria-elena-santos", "norberto-giron", "sebastian-mathews"), ids(people));
  }

  @Test
  void pagesWithoutOverlapOrGaps() throws Exception {
    Set<String> seen = new HashSet<>();
    int pages = 0;
    for (int page = 1; page <= 3; page++) {
      List<String> ids = ids(SearchRequest.of("").withPage(page, 5));
      assertTrue(ids.stream().noneMatch(seen::contains), "page " + page + " repeats " + ids);
      seen.addAll(ids);
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(15, seen.size());
    assertEquals(15, search.search(SearchRequest.of("")).total());
  }

  @Test
  void neverFailsOnQuerySyntaxCharacters() {
    assertDoesNotThrow(() -> search.search(SearchRequest.of("\"(giron AND OR* ?~ -\\ [} ^")));
  }

  @Test
  void refusesTooManyWords() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> search.search(SearchRequest.of("a b c d e f g h i j k l m n o p q r s t u v")));

    assertEquals("q may have at most 20 words; got: 22", e.getMessage());
  }

  private List<String> ids(SearchRequest request) throws Exception {
    return ids(search.search(request));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  private static Map<String, Long> counts(SearchResult result, Facet facet) {
    return result.facets().get(facet).stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }
}
