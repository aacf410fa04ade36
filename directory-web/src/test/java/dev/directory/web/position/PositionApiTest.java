package dev.directory.web.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Positions through the API, as an admin, on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositionApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void answersWhoHoldsThePressContactPositionAndWhoHeldItOnADate() {
    Map<?, ?> press = get("/api/positions/iom-chile-press-contact");

    assertEquals("Press contact, IOM Chile", press.get("title"));
    assertEquals("sebastian-mathews", id(((List<?>) press.get("heldBy")).get(0)));
    assertEquals(
        "iomsantiagopress@iom.int",
        ((Map<?, ?>) ((List<?>) press.get("emails")).get(0)).get("address"));

    create(
        "test-api-rotating-post",
        List.of(
            Map.of(
                "person", Map.of("id", "norberto-giron"), "from", "2018-01-01", "to", "2020-12-31"),
            Map.of("person", Map.of("id", "sebastian-mathews"), "from", "2021-01-01")));
    assertEquals(
        List.of("norberto-giron"),
        heldBy(get("/api/positions/test-api-rotating-post?at=2019-06-30")));
    assertEquals(
        List.of("sebastian-mathews"),
        heldBy(get("/api/positions/test-api-rotating-post?at=2021-01-01")));
    assertEquals(List.of(), heldBy(get("/api/positions/test-api-rotating-post?at=2017-01-01")));
  }

  @Test
  void endsAHoldingInOneActionAndListsItOnThePersonsRecord() {
    create(
        "test-api-left-post",
        List.of(Map.of("person", Map.of("id", "norberto-giron"), "from", "2024-01-01")));
    Map<?, ?> before = get("/api/positions/test-api-left-post");

    Map<?, ?> after =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/positions/test-api-left-post/end-holding",
                    Map.of(
                        "person", "norberto-giron",
                        "date", "2025-03-31",
                        "version", before.get("version"))),
                Map.class);

    assertEquals(List.of(), heldBy(after), "vacant since");
    assertEquals("2025-03-31", ((Map<?, ?>) ((List<?>) after.get("holders")).get(0)).get("to"));
    List<?> held = (List<?>) get("/api/people/norberto-giron").get("positions");
    assertTrue(
        held.stream()
            .map(h -> (Map<?, ?>) h)
            .anyMatch(
                h ->
                    id(h.get("position")).equals("test-api-left-post")
                        && "2025-03-31".equals(h.get("to"))
                        && Boolean.FALSE.equals(h.get("current"))),
        held.toString());
  }

  @Test
  void refusesAHoldingThatEndsBeforeItStartsAndADateThatIsNotOne() {
    HttpClientResponseException backwards =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                create(
                    "test-api-backwards-post",
                    List.of(
                        Map.of(
                            "person",
                            Map.of("id", "norberto-giron"),
                            "from",
                            "2022-01-01",
                            "to",
                            "2021-01-01"))));
    assertEquals(HttpStatus.BAD_REQUEST, backwards.getStatus());
    assertTrue(
        backwards.getResponse().getBody(String.class).orElseThrow().contains("holders"),
        "names the field");
    HttpClientResponseException unknown =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST(
                            "/api/positions",
                            Map.of(
                                "id", "test-api-nowhere-post",
                                "title", "Test Nowhere Post",
                                "organization", "test-nowhere"))));
    assertTrue(
        unknown
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("\"field\":\"organization\""),
        "names the field as the JSON does");

    HttpClientResponseException date =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/positions/iom-chile-press-contact?at=last-year"));
    assertEquals(HttpStatus.BAD_REQUEST, date.getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        assertThrows(HttpClientResponseException.class, () -> get("/api/positions/test-no-such"))
            .getStatus());
  }

  private void create(String id, List<Map<String, Object>> holders) {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/positions",
                Map.of(
                    "id",
                    id,
                    "title",
                    "Test Post " + id,
                    "organization",
                    Map.of("id", "iom-chile"),
                    "holders",
                    holders)));
  }

  private Map<?, ?> get(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
  }

  private static List<String> heldBy(Map<?, ?> position) {
    return ((List<?>) position.get("heldBy")).stream().map(PositionApiTest::id).toList();
  }

  private static String id(Object ref) {
    return (String) ((Map<?, ?>) ref).get("id");
  }
}
