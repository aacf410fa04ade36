package dev.directory.search.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.problem.Refused;
import dev.directory.search.IndexedSeed;
import dev.directory.search.index.Facet;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.search.query.SearchResult.Relaxation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden tests on the seed network: exact hits, order and facet counts. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchTest {

  @Inject ApplicationContext context;

  private IndexedSeed seed;
  private DirectorySearch search;

  @BeforeAll
  void indexTheSeed() throws Exception {
    seed = IndexedSeed.build(context);
    search = new DirectorySearch(seed.index(), seed.sync()::topicLabel, seed.sync()::topicTerms);
  }

  @AfterAll
  void close() throws Exception {
    seed.close();
  }

  // ------------------------------------------------------------------ forgiving text

  @Test
  void findsSebastianWithoutTheAccent() throws Exception {
    assertEquals(List.of("sebastian-mathews"), ids("sebastian"));
  }

  @Test
  void findsGironWhateverTheCase() throws Exception {
    assertEquals(List.of("norberto-giron"), ids("GIRON"));
  }

  @Test
  void findsTheMinistryOfHealthFirstDespiteTwoTypos() throws Exception {
    assertEquals("minsal", ids("minstry of helth").get(0));
  }

  @Test
  void findsTheParticipantFromAricasMunicipalServices() throws Exception {
    assertEquals("maria-elena-santos", ids("santos arica").get(0));
  }

  @Test
  void findsAPersonByTheBeginningOfTheLastWord() throws Exception {
    assertEquals(
        List.of("sebastian-mathews", "iom-chile-press-contact"),
        ids("sebas"),
        "the person, then the position they hold");
    assertEquals(List.of("norberto-giron"), ids("norberto gir"));
  }

  @Test
  void toleratesTwoTyposInALongWord() throws Exception {
    assertEquals(
        "lshtm-centre-against-violence-against-women", ids("violense againts women").get(0));
    assertEquals("department-for-foreigners-and-migration", ids("foreignnerz").get(0));
  }

  @Test
  void allowsNoTypoInAShortWord() throws Exception {
    assertEquals(List.of(), ids("iqq"));
  }

  @Test
  void findsTitlesThroughTheirSingularOrPlural() throws Exception {
    assertEquals(
        List.of("norberto-giron", "iom-chile-chief-of-mission"), ids("chiefs of missions"));
  }

  @Test
  void findsAnOrganisationByItsAcronymAndItsSpanishName() throws Exception {
    assertEquals("minsal", ids("MINSAL").get(0));
    assertEquals("minsal", ids("ministerio de salud").get(0));
    assertEquals("department-for-foreigners-and-migration", ids("extranjeria").get(0));
    assertEquals("department-for-foreigners-and-migration", ids("DEM").get(0));
    assertEquals("iom", ids("OIM").get(0));
    assertEquals("iom", ids("IOM").get(0));
  }

  @Test
  void findsThePeopleOfAnOrganisationThroughItsName() throws Exception {
    SearchRequest request =
        SearchRequest.of("IOM Chile").withFilter(Facet.TYPE, "person", "press_contact");

    assertEquals(Set.of("norberto-giron", "sebastian-mathews"), Set.copyOf(ids(request)));
  }

  @Test
  void findsTheDepartmentsOfAMinistry() throws Exception {
    SearchRequest request = SearchRequest.of("interior").withFilter(Facet.TYPE, "department");

    assertEquals(
        Set.of("department-for-foreigners-and-migration", "public-security-division"),
        Set.copyOf(ids(request)));
  }

  @Test
  void findsByCountryNameInSpanishAndFrench() throws Exception {
    assertEquals(
        Set.of("lshtm", "lshtm-centre-against-violence-against-women"),
        Set.copyOf(ids("Reino Unido")));
    assertEquals(ids("Reino Unido"), ids("Royaume-Uni"));
  }

  @Test
  void findsByTopicKeywordsInAnyLanguage() throws Exception {
    assertEquals(Set.copyOf(ids("trafficking in persons")), Set.copyOf(ids("trata de personas")));
    assertTrue(ids("trata de personas").contains("public-security-division"));
  }

  // ------------------------------------------------------------------ phones and e-mails

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9633710",
        "3371",
        "963 3710",
        "963-3710",
        "+56 02 9633710",
        "56029633710",
        "02 9633710",
        "+56 2 9633710",
        "0056 2 963 3710"
      })
  void findsThePressContactPositionAndItsHolderByAnyRunOfTheDigitsOfItsPhone(String digits)
      throws Exception {
    assertEquals(List.of("iom-chile-press-contact", "sebastian-mathews"), ids(digits));
  }

  @Test
  void findsAPersonByEmailItsLocalPartOrItsDomain() throws Exception {
    List<String> mailbox = List.of("iom-chile-press-contact", "sebastian-mathews");
    assertEquals(mailbox, ids("iomsantiagopress@iom.int"), "the mailbox's position first");
    assertEquals(mailbox, ids("iomsantiagopress"));
    assertEquals(mailbox, ids("iom.int"));
  }

  // ------------------------------------------------------------------ facets

  @Test
  void listsTheChileanMinistriesFirstForMinistryInChile() throws Exception {
    SearchResult result =
        search.search(SearchRequest.of("Ministry").withFilter(Facet.COUNTRY, "CL"));

    assertEquals(
        Set.of("minsal", "ministry-of-internal-affairs"), Set.copyOf(ids(result).subList(0, 2)));
    assertEquals(
        Map.of("department", 2L, "ministry", 2L, "mission_office", 1L), counts(result, Facet.TYPE));
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
            "press_contact", 1L,
            "position", 2L),
        counts(result, Facet.TYPE));
    assertEquals(Map.of("CL", 4L), counts(result, Facet.COUNTRY));
  }

  @Test
  void combinesTwoTypesWithOrAndKeepsCountingTheOthersInTheCountry() throws Exception {
    SearchResult result =
        search.search(
            SearchRequest.of("")
                .withFilter(Facet.TYPE, "ministry", "municipal_service")
                .withFilter(Facet.COUNTRY, "CL"));

    assertEquals(6, result.total());
    assertEquals(
        Map.of(
            "municipal_service", 4L,
            "ministry", 2L,
            "department", 2L,
            "mission_office", 1L,
            "person", 2L,
            "press_contact", 1L,
            "position", 2L),
        counts(result, Facet.TYPE));
  }

  @Test
  void labelsEveryFacetValue() throws Exception {
    SearchResult result =
        search.search(SearchRequest.of("").withFilter(Facet.TYPE, "person", "press_contact"));

    assertEquals(List.of(new FacetCount("CL", "Chile", 3)), result.facets().get(Facet.COUNTRY));
    assertEquals(
        List.of(
            new FacetCount("iom", "International Organization for Migration", 2),
            new FacetCount("municipal-services-arica", "Municipal Services of Arica", 1)),
        result.facets().get(Facet.ORGANIZATION));
    assertEquals(
        List.of(
            new FacetCount("migrants-rights", "Migrants' rights", 2),
            new FacetCount("counter-trafficking", "Counter-trafficking", 1),
            new FacetCount("migration-and-health", "Migration and health", 1)),
        result.facets().get(Facet.TOPIC));
    assertEquals(
        Map.of("chief of mission", 1L, "press", 1L, "participant", 1L), counts(result, Facet.ROLE));
    assertEquals(
        List.of(new FacetCount("press_contact", "Press contact", 1)),
        result.facets().get(Facet.TYPE).stream()
            .filter(c -> c.value().equals("press_contact"))
            .toList());
  }

  @Test
  void filtersByTopicAndByTopLevelOrganisation() throws Exception {
    SearchRequest request =
        SearchRequest.of("")
            .withFilter(Facet.TOPIC, "counter-trafficking")
            .withFilter(Facet.ORGANIZATION, "ministry-of-internal-affairs");

    assertEquals(List.of("public-security-division"), ids(request));
  }

  // ------------------------------------------------------------------ highlights

  @Test
  void marksTheMatchedWordsOfTheNameKeepingTheAccent() throws Exception {
    Hit hit = search.search(SearchRequest.of("giron")).hits().get(0);

    assertEquals(Map.of("name", "Norberto <mark>Girón</mark>"), hit.highlights());
  }

  @Test
  void marksATitleAndATypoButEscapesTheRest() throws Exception {
    assertEquals(
        Map.of("title", "<mark>Chief</mark> of Mission"),
        search
            .search(SearchRequest.of("chief").withFilter(Facet.TYPE, "person"))
            .hits()
            .get(0)
            .highlights());
    assertEquals(
        "London School of <mark>Hygiene</mark> &amp; Tropical Medicine",
        search.search(SearchRequest.of("hygeine")).hits().get(0).highlights().get("name"));
  }

  @Test
  void findsAPositionByItsTitleAndSaysWhoHoldsItNow() throws Exception {
    Hit hit =
        search
            .search(SearchRequest.of("press contact").withFilter(Facet.TYPE, "position"))
            .hits()
            .get(0);

    assertEquals("iom-chile-press-contact", hit.id());
    assertEquals(ResultType.POSITION, hit.type());
    assertEquals(List.of("Sebastián Mathews"), hit.heldBy());
    assertEquals("IOM Chile", hit.organizationName());
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
            null,
            "iom-chile",
            "IOM Chile",
            "CL",
            "Santiago",
            null,
            null,
            null,
            List.of(),
            false,
            1,
            Map.of("name", "Norberto <mark>Girón</mark>"),
            List.of(),
            null,
            false,
            List.of()),
        hit);
  }

  @Test
  void namesTheTopicThroughWhichAResultMatched() throws Exception {
    List<Hit> hits = search.search(SearchRequest.of("salud")).hits();

    Hit arica =
        hits.stream()
            .filter(hit -> hit.id().equals("municipal-services-arica"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("migration-and-health"), arica.matchedTopics());
    assertEquals(Map.of(), arica.highlights(), "nothing of its name matched");
    assertEquals(
        List.of(),
        search.search(SearchRequest.of("arica")).hits().get(0).matchedTopics(),
        "matched by its name only");
  }

  @Test
  void marksTheAcronymThatMatchedAmongAnOrganisationsOtherNames() throws Exception {
    Hit hit = search.search(SearchRequest.of("minsal")).hits().get(0);

    assertEquals("minsal", hit.id());
    assertEquals("Ministerio de Salud, <mark>MINSAL</mark>", hit.highlights().get("aliases"));
  }

  @Test
  void showsThePhoneAndEMailOfAPressContactAsWrittenButOffersNoInvalidNumberToDial()
      throws Exception {
    Hit hit = search.search(SearchRequest.of("mathews")).hits().get(0);

    assertEquals("+56 02 9633710", hit.phone());
    assertEquals(null, hit.phoneDial(), "not valid in Chile's plan as written");
    assertEquals("iomsantiagopress@iom.int", hit.email());
  }

  // ------------------------------------------------------------------ exports

  @Test
  void exportsEveryMatchInTheOrderOfTheSearchChunkByChunk() throws Exception {
    SearchRequest byName =
        new SearchRequest("", Map.of(), SearchRequest.Order.NAME, 1, SearchRequest.MAX_SIZE);
    List<String> shown = search.search(byName).hits().stream().map(Hit::id).toList();
    List<String> exported = new ArrayList<>();

    new Matches(seed.index()).forEach(byName, 2, hit -> exported.add(hit.id()));

    int documents = seed.index().search((searcher, facets) -> searcher.getIndexReader().numDocs());
    assertEquals(documents, exported.size());
    assertEquals(shown, exported);
  }

  @Test
  void exportsOnlyWhatTheFiltersLetThrough() throws Exception {
    List<String> exported = new ArrayList<>();

    new Matches(seed.index())
        .forEach(
            SearchRequest.of("").withFilter(Facet.TYPE, "press_contact"),
            2,
            hit -> exported.add(hit.id()));

    assertEquals(List.of("sebastian-mathews"), exported);
  }

  // ------------------------------------------------------------------ no dead ends

  @Test
  void offersASpellingThatFindsSomethingWhenNothingMatched() throws Exception {
    SearchResult result = search.search(SearchRequest.of("matheqz"));

    assertEquals(0, result.total());
    assertEquals("mathews", result.didYouMean());
  }

  @Test
  void offersNothingSillyForGibberishAndTellsWhatDroppingTheFilterGives() throws Exception {
    SearchResult result = search.search(SearchRequest.of("zzqx").withFilter(Facet.COUNTRY, "CL"));

    assertEquals(0, result.total());
    assertNull(result.didYouMean());
    assertEquals(List.of(new Relaxation(Facet.COUNTRY, List.of("CL"), 0)), result.relaxations());
  }

  @Test
  void tellsHowManyResultsEachFilterHides() throws Exception {
    SearchResult result =
        search.search(
            SearchRequest.of("giron")
                .withFilter(Facet.TYPE, "ministry")
                .withFilter(Facet.COUNTRY, "CL"));

    assertEquals(0, result.total());
    assertEquals(
        List.of(
            new Relaxation(Facet.TYPE, List.of("ministry"), 1),
            new Relaxation(Facet.COUNTRY, List.of("CL"), 0)),
        result.relaxations());
  }

  // ------------------------------------------------------------------ order, paging, bounds

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
    for (int page = 1; page <= 3; page++) {
      List<String> ids = ids(SearchRequest.of("").withPage(page, 5));
      assertEquals(5, ids.size());
      assertTrue(ids.stream().noneMatch(seen::contains), "page " + page + " repeats " + ids);
      seen.addAll(ids);
    }
    List<String> last = ids(SearchRequest.of("").withPage(4, 5));
    assertEquals(2, last.size());
    assertTrue(last.stream().noneMatch(seen::contains), "page 4 repeats " + last);
    assertEquals(17, search.search(SearchRequest.of("")).total());
    assertEquals(List.of(), ids(SearchRequest.of("").withPage(5, 5)));
  }

  @Test
  void neverFailsOnQuerySyntaxCharacters() {
    assertDoesNotThrow(() -> search.search(SearchRequest.of("\"(giron AND OR* ?~ -\\ [} ^ /.*/")));
  }

  @Test
  void refusesTooManyWords() {
    Refused e =
        assertThrows(
            Refused.class, () -> SearchRequest.of("a b c d e f g h i j k l m n o p q r s t u v"));

    assertEquals("q: has 22 words; at most 20 are searched", e.getMessage());
    assertEquals("words.too_many", e.problems().get(0).code());
  }

  @Test
  void readsTheLastWordAsABeginningUntilASpaceEndsIt() throws Exception {
    assertTrue(search.search(SearchRequest.of("Sebastián Mathe")).total() > 0, "still being typed");
    assertEquals(0, search.search(SearchRequest.of("Sebastián Mathe ")).total(), "a whole word");
  }

  private List<String> ids(String query) throws Exception {
    return ids(SearchRequest.of(query));
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
