package dev.directory.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Data health as a manager reads it: each count agrees with the search that lists the records
 * behind it, a new record with an address and a valid phone counts in its office's figures, a
 * report waits until it is resolved, and a wrong office or country is refused by name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataHealthTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void countsWhatTheSearchListsForTheWholeDirectoryAndAnOffice() {
    Map<?, ?> whole = get("/api/quality");
    assertEquals("Whole directory", whole.get("name"));
    assertEquals(total("/api/search?size=1"), count(whole, "records"));
    assertEquals(total("/api/search?size=1&stale=true"), count(whole, "stale"));
    assertEquals(
        count(whole, "records"),
        ((Number) whole.get("people")).longValue()
            + ((Number) whole.get("organizations")).longValue()
            + ((Number) whole.get("positions")).longValue());

    Map<?, ?> chile = get("/api/quality?office=iom-chile");
    assertEquals("IOM Chile", chile.get("name"));
    assertEquals(total("/api/search?size=1&country=CL"), count(chile, "records"));
    assertEquals("/?country=CL", ((Map<?, ?>) chile.get("records")).get("list"));
    assertEquals(
        "/api/search/export?format=csv&stale=true&country=CL",
        ((Map<?, ?>) chile.get("stale")).get("csv"));
  }

  @Test
  void countsANewRecordsAddressAndValidPhoneAndAReportUntilResolved() throws Exception {
    Map<?, ?> before = get("/api/quality?country=CL");
    Map<String, Object> person = new HashMap<>();
    person.put("id", "test-healthy-person");
    person.put("givenName", "Testa");
    person.put("familyName", "Healthy");
    person.put("organization", Map.of("id", "minsal"));
    person.put("visibility", "internal");
    person.put("emails", List.of(Map.of("type", "work", "address", "healthy@example.org")));
    person.put("phones", List.of(Map.of("type", "work", "number", "+56 2 2574 0100")));
    client.toBlocking().exchange(HttpRequest.POST("/api/people", person));
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/people/test-healthy-person/reports", Map.of("what", "Test: moved on.")));

    Map<?, ?> after =
        await("/api/quality?country=CL", q -> count(q, "records") == count(before, "records") + 1);
    assertEquals(count(before, "withEmail") + 1, count(after, "withEmail"));
    assertEquals(count(before, "withValidPhone") + 1, count(after, "withValidPhone"));
    assertEquals(count(before, "reportsWaiting") + 1, count(after, "reportsWaiting"));
    assertNotNull(after.get("oldestReport"));
    List<?> trend = (List<?>) after.get("trend");
    assertEquals(12, trend.size(), "the last twelve months");
    Map<?, ?> thisMonth = (Map<?, ?>) trend.get(11);
    Map<?, ?> thisMonthBefore = (Map<?, ?>) ((List<?>) before.get("trend")).get(11);
    assertEquals(
        ((Number) thisMonthBefore.get("changed")).longValue() + 1,
        ((Number) thisMonth.get("changed")).longValue(),
        "the new person is this month's change");
  }

  @Test
  void countsOrganisationsNamingNoStewardUntilOneIsNamed() {
    long before = count(get("/api/quality?country=GB"), "organizationsNamingNoSteward");
    assertTrue(before > 0, "the seed names no steward");
    client
        .toBlocking()
        .exchange(HttpRequest.PUT("/api/organizations/lshtm/steward", Map.of("steward", "admin")));

    assertEquals(before - 1, count(get("/api/quality?country=GB"), "organizationsNamingNoSteward"));
  }

  @Test
  void refusesAnOfficeOrCountryThatIsNotOneByName() {
    HttpClientResponseException office =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client.toBlocking().exchange(HttpRequest.GET("/api/quality?office=test-no-such")));
    assertEquals(HttpStatus.BAD_REQUEST, office.getStatus());
    assertTrue(office.getResponse().getBody(String.class).orElseThrow().contains("office"));
    HttpClientResponseException country =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/quality?country=ZZZ")));
    assertEquals(HttpStatus.BAD_REQUEST, country.getStatus());
  }

  @Test
  void showsEachOfficeBesideTheWholeDirectoryWithAChartAndItsTable() {
    String page = client.toBlocking().retrieve(HttpRequest.GET("/quality"), String.class);
    assertTrue(page.contains("<svg"), "a chart");
    assertTrue(page.contains("<table class=\"quality\">"), "the table behind it");
    assertTrue(page.contains("Whole directory"), page);
    assertTrue(page.contains("<a href=\"/quality?office=iom-chile\">IOM Chile</a>"), page);
    String office =
        client.toBlocking().retrieve(HttpRequest.GET("/quality?office=iom-chile"), String.class);
    assertTrue(office.contains("id=\"trend-title\""), "one scope's page draws its trend");
  }

  private Map<?, ?> await(String path, Predicate<Map<?, ?>> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Map<?, ?> answer = get(path);
    while (!wanted.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      answer = get(path);
    }
    assertTrue(wanted.test(answer), answer.toString());
    return answer;
  }

  private static long count(Map<?, ?> report, String measure) {
    return ((Number) ((Map<?, ?>) report.get(measure)).get("count")).longValue();
  }

  private long total(String path) {
    return ((Number) get(path).get("total")).longValue();
  }

  private Map<?, ?> get(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
  }
}
