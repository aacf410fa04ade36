package dev.directory.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import dev.directory.web.record.Ref;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void findsSebastianWithoutTheAccent() {
    SearchResponse response = search("/api/search?q=sebastian");

    assertEquals(1, response.total());
    SearchResponse.Result result = response.results().get(0);
    assertEquals("sebastian-mathews", result.id());
    assertEquals("press_contact", result.type());
    assertEquals("Sebastián Mathews", result.name());
    assertEquals(
        new Ref("iom-chile", "IOM Chile", "/organizations/iom-chile"), result.organization());
    assertEquals("CL", result.country());
    assertEquals("/people/sebastian-mathews", result.url());
    assertEquals("+56 02 9633710", result.phone());
    assertEquals("iomsantiagopress@iom.int", result.email());
    assertEquals(Map.of("name", "<mark>Sebastián</mark> Mathews"), result.highlights());
  }

  @Test
  void findsTheMinistryOfHealthFirstDespiteTypos() {
    SearchResponse response = search("/api/search?q=minstry%20of%20helth");

    assertEquals("minsal", response.results().get(0).id());
  }

  @Test
  void returnsBothTypesAskedForAndStillCountsTheOthers() {
    SearchResponse response = search("/api/search?type=ministry&type=municipal_service&country=CL");

    assertEquals(6, response.total());
    assertTrue(
        response
            .facets()
            .get("type")
            .contains(new SearchResponse.FacetValue("department", "Department", 2)));
    assertTrue(
        response
            .facets()
            .get("type")
            .contains(new SearchResponse.FacetValue("person", "Person", 2)));
  }

  @Test
  void saysWhatDroppingTheFilterWouldGiveWhenNothingMatches() {
    SearchResponse response = search("/api/search?q=zzqx&country=CL");

    assertEquals(0, response.total());
    assertEquals(null, response.didYouMean());
    assertEquals(
        List.of(new SearchResponse.Relaxation("country", List.of("CL"), 0)),
        response.relaxations());
  }

  @Test
  void offersASpellingWhenNothingMatches() {
    assertEquals("mathews", search("/api/search?q=matheqz").didYouMean());
  }

  @Test
  void filtersByTopicAndOrganisation() {
    SearchResponse response =
        search("/api/search?topic=counter-trafficking&organization=ministry-of-internal-affairs");

    assertEquals(
        List.of("public-security-division"),
        response.results().stream().map(SearchResponse.Result::id).toList());
    assertEquals(
        List.of(
            new SearchResponse.FacetValue("counter-trafficking", "Counter-trafficking", 1),
            new SearchResponse.FacetValue("migrants-rights", "Migrants' rights", 1)),
        response.facets().get("topic"));
  }

  @Test
  void listsTheChileanMinistriesForMinistryInChile() {
    SearchResponse response = search("/api/search?q=Ministry&country=CL&type=ministry");

    assertEquals(
        Set.of("minsal", "ministry-of-internal-affairs"),
        response.results().stream().map(SearchResponse.Result::id).collect(Collectors.toSet()));
    assertEquals(
        List.of(new SearchResponse.FacetValue("CL", "Chile", 2)), response.facets().get("country"));
  }

  @Test
  void listsTheMunicipalServicesAndCountsEveryType() {
    SearchResponse response = search("/api/search?type=municipal_service");

    assertEquals(4, response.total());
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
        response.facets().get("type").stream()
            .collect(
                Collectors.toMap(
                    SearchResponse.FacetValue::value, SearchResponse.FacetValue::count)));
    assertTrue(
        response
            .facets()
            .get("type")
            .contains(new SearchResponse.FacetValue("municipal_service", "Municipal service", 4)));
  }

  @Test
  void answersAPositionWithWhoHoldsItNow() {
    SearchResponse response = search("/api/search?type=position&q=press");

    SearchResponse.Result position = response.results().get(0);
    assertEquals("iom-chile-press-contact", position.id());
    assertEquals(List.of("Sebastián Mathews"), position.heldBy());
    assertEquals("/positions/iom-chile-press-contact", position.url());
  }

  @Test
  void filtersStaleRecordsAndMarksThem() {
    SearchResponse stale = search("/api/search?stale=true");
    SearchResponse fresh = search("/api/search?stale=false");

    assertEquals(0, stale.total(), "the seed was imported today: verified from its source");
    assertEquals(17, fresh.total());
    assertTrue(fresh.results().stream().noneMatch(SearchResponse.Result::stale));
  }

  @Test
  void pagesWithTheSizeAsked() {
    SearchResponse response = search("/api/search?page=2&size=10&sort=name");

    assertEquals(17, response.total());
    assertEquals(2, response.page());
    assertEquals(10, response.size());
    assertEquals(7, response.results().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page=0 | page: 0 is out of range; give 1 to 10000",
        "page=abc | page: “abc” is not a whole number",
        "size=101 | size: 101 is out of range; give 1 to 100",
        "page=200&size=100 | page: 200 × 100 goes past the first 10000 results; narrow the search"
            + " instead of paging this deep",
        "stale=maybe | stale: “maybe” is not true or false; use one of true, false",
        "type=embassy | type: “embassy” is not a type; use one of ministry, department,"
            + " municipal_service, mission_office, partner, person, press_contact, position",
        "country=Chile | country: “Chile” is not an ISO 3166-1 alpha-2 country code (such as CL or"
            + " FR)",
        "sort=date | sort: “date” is not an order; use one of relevance, name",
      })
  void refusesBadParametersWithAPlainMessage(String query, String message) {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange("/api/search?" + query, Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    assertEquals(message, e.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }

  @Test
  void refusesAnOverlongQuery() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange("/api/search?q=" + "a".repeat(501), Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
  }

  @Test
  void readsQuerySyntaxAsPlainWords() {
    SearchResponse response = search("/api/search?q=%22giron%20AND%20(*");

    assertEquals(
        List.of("norberto-giron"),
        response.results().stream().map(SearchResponse.Result::id).toList());
  }

  private SearchResponse search(String uri) {
    return client.toBlocking().retrieve(HttpRequest.GET(uri), Argument.of(SearchResponse.class));
  }
}
