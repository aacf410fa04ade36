package dev.directory.web.reorganization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An organisation's dated changes over the API, as an editor makes them on the seed: the
 * organisation as on a day, search by a former name, the chart on three days, an undo.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReorganizationApiTest implements TemporaryHome {

  private static final String MINISTRY = "ministry-of-internal-affairs";
  private static final String DEPARTMENT = "department-for-foreigners-and-migration";
  private static final String DIVISION = "public-security-division";

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void theChartOnThreeDaysShowsTheUnitsAndHoldersOfEachDay() throws Exception {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/positions",
                Map.of(
                    "id",
                    "test-head-of-department",
                    "title",
                    "Test Head of Department",
                    "organization",
                    Map.of("id", DEPARTMENT),
                    "holders",
                    List.of(
                        Map.of("person", Map.of("id", "norberto-giron"), "from", "2024-06-15")))));
    change(DIVISION, Map.of("kind", "moved", "date", "2024-05-01", "parent", "minsal"));
    change(
        DEPARTMENT,
        Map.of("kind", "renamed", "date", "2024-09-01", "name", "Example Migration Service"));

    assertEquals(
        Map.of(
            "id",
            MINISTRY,
            "name",
            "Ministry of Internal Affairs",
            "positions",
            List.of(),
            "children",
            List.of(
                unit(
                    DEPARTMENT,
                    "Department for Foreigners and Migration",
                    List.of(
                        Map.of(
                            "id", "test-head-of-department",
                            "title", "Test Head of Department",
                            "heldBy", List.of()))),
                unit(DIVISION, "Public Security Division", List.of()))),
        chart(MINISTRY, "2024-04-30"));
    assertEquals(
        List.of("Department for Foreigners and Migration"),
        childNames(chart(MINISTRY, "2024-06-01")));
    Map<String, Object> october = chart(MINISTRY, "2024-10-01");
    assertEquals(List.of("Example Migration Service"), childNames(october));
    assertEquals(
        List.of(Map.of("id", "norberto-giron", "name", "Norberto Girón")),
        ((Map<?, ?>)
                ((List<?>)
                        ((Map<?, ?>) ((List<?>) october.get("children")).get(0)).get("positions"))
                    .get(0))
            .get("heldBy"));
  }

  @Test
  void anOrganisationOnADayBeforeItsRenamingHasItsOldNameAndSearchFindsItByThatName()
      throws Exception {
    String id = "municipal-services-iquique";
    Map<String, Object> made =
        change(
            id,
            Map.of("kind", "renamed", "date", "2025-02-01", "name", "Example Services of Iquique"));
    assertEquals("renamed", made.get("kind"));

    assertEquals(
        "Municipal Services of Iquique",
        get("/api/organizations/" + id + "?at=2025-01-31").get("name"));
    assertEquals("2025-01-31", get("/api/organizations/" + id + "?at=2025-01-31").get("at"));
    Map<String, Object> today = get("/api/organizations/" + id);
    assertEquals("Example Services of Iquique", today.get("name"));
    assertEquals(List.of("Municipal Services of Iquique"), today.get("formerNames"));

    Map<?, ?> first = firstHit("municipal services of iquique");
    assertEquals(id, first.get("id"));
    assertTrue(
        String.valueOf(((Map<?, ?>) first.get("highlights")).get("formerNames")).contains("<mark>"),
        "the former name is marked: " + first);

    HttpResponse<Map> undone =
        client
            .toBlocking()
            .exchange(HttpRequest.DELETE(String.valueOf(made.get("undo"))), Map.class);
    assertEquals("Municipal Services of Iquique", undone.body().get("name"));
    assertEquals(
        List.of(),
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/organizations/" + id + "/changes"),
                Argument.listOf(Map.class)));
  }

  @Test
  void aClosedOrganisationKeepsAnsweringAndNamesItsSuccessor() throws Exception {
    String id = "municipal-services-antofagasta";
    change(
        id, Map.of("kind", "merged", "date", "2025-04-01", "into", "municipal-services-santiago"));

    Map<String, Object> closed = get("/api/organizations/" + id);
    assertEquals("closed", closed.get("status"));
    assertEquals("2025-04-01", closed.get("closedOn"));
    assertEquals(
        "municipal-services-santiago",
        ((Map<?, ?>) ((List<?>) closed.get("successors")).get(0)).get("id"));
    assertEquals("active", get("/api/organizations/" + id + "?at=2025-03-31").get("status"));

    HttpClientResponseException again =
        assertThrows(
            HttpClientResponseException.class,
            () -> change(id, Map.of("kind", "renamed", "date", "2025-05-01", "name", "Example")));
    assertEquals(HttpStatus.BAD_REQUEST, again.getStatus());
    assertTrue(
        again.getResponse().getBody(String.class).orElseThrow().contains("closed on 2025-04-01"));
  }

  @Test
  void refusesAChangeThatMakesNoSenseNamingTheField() {
    HttpClientResponseException loop =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                change(
                    MINISTRY, Map.of("kind", "moved", "date", "2024-01-01", "parent", DEPARTMENT)));
    assertEquals(HttpStatus.BAD_REQUEST, loop.getStatus());
    assertTrue(
        loop.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"parent\""));
    HttpClientResponseException unknown =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                change(MINISTRY, Map.of("kind", "renamed", "date", "2024-01-01", "colour", "red")));
    assertTrue(
        unknown.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"colour\""));
    HttpClientResponseException noKind =
        assertThrows(
            HttpClientResponseException.class,
            () -> change(MINISTRY, Map.of("date", "2024-01-01", "name", "Example")));
    assertTrue(
        noKind.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"kind\""),
        "names the change's own field, not the organisation's type");
    HttpClientResponseException before =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/organizations/" + MINISTRY + "?at=yesterday"));
    assertEquals(HttpStatus.BAD_REQUEST, before.getStatus());
  }

  private Map<String, Object> change(String id, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("version", get("/api/organizations/" + id).get("version"));
    return client
        .toBlocking()
        .retrieve(HttpRequest.POST("/api/organizations/" + id + "/changes", body), Map.class);
  }

  private Map<String, Object> chart(String id, String day) {
    return get("/api/organizations/" + id + "/chart?at=" + day);
  }

  private static Map<String, Object> unit(String id, String name, List<?> positions) {
    return Map.of("id", id, "name", name, "positions", positions, "children", List.of());
  }

  private static List<String> childNames(Map<String, Object> chart) {
    return ((List<?>) chart.get("children"))
        .stream().map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList();
  }

  private Map<?, ?> firstHit(String query) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      List<?> hits = (List<?>) get("/api/search?q=" + query.replace(" ", "%20")).get("results");
      Map<?, ?> first = hits.isEmpty() ? Map.of() : (Map<?, ?>) hits.get(0);
      if (first.get("highlights") instanceof Map<?, ?> marks && marks.containsKey("formerNames")
          || System.nanoTime() > deadline) {
        return first;
      }
      Thread.sleep(50);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
  }
}
