package dev.directory.web.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.directory.web.TemporaryHome;
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

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void showsThePressContactWithThePhoneAsWrittenAndWhyItIsNotNormalised() {
    Map<String, Object> person = get("/api/people/sebastian-mathews");

    assertEquals("Sebastián Mathews", person.get("name"));
    assertEquals(true, person.get("pressContact"));
    assertEquals(
        List.of(Map.of("type", "work", "address", "iomsantiagopress@iom.int")),
        person.get("emails"));
    @SuppressWarnings("unchecked")
    Map<String, Object> phone = ((List<Map<String, Object>>) person.get("phones")).get(0);
    assertEquals("+56 02 9633710", phone.get("number"));
    assertEquals(null, phone.get("e164"));
    assertEquals(
        "not a valid number in Chile's numbering plan (a trunk prefix 0 is written after the"
            + " country code); kept as written",
        phone.get("issue"));
  }

  @Test
  void showsAnOrganisationWithItsAncestorsAndChildren() {
    Map<String, Object> department =
        get("/api/organizations/department-for-foreigners-and-migration");
    Map<String, Object> ministry = get("/api/organizations/ministry-of-internal-affairs");

    assertEquals(
        List.of(
            Map.of(
                "id",
                "ministry-of-internal-affairs",
                "name",
                "Ministry of Internal Affairs",
                "url",
                "/organizations/ministry-of-internal-affairs")),
        department.get("ancestors"));
    assertEquals(
        List.of("Department for Foreigners and Migration", "Public Security Division"),
        names(ministry.get("children")));
  }

  @Test
  void showsAnOfficeWithItsCoverageAndFallback() {
    Map<String, Object> office = get("/api/organizations/iom-chile");

    assertEquals(
        Map.of(
            "coversAll",
            false,
            "coverage",
            List.of(Map.of("id", "CL", "label", "Chile")),
            "languages",
            List.of("en"),
            "fallbackOffice",
            Map.of(
                "id",
                "iom",
                "name",
                "International Organization for Migration",
                "url",
                "/organizations/iom")),
        office.get("office"));
    assertEquals(List.of("Norberto Girón", "Sebastián Mathews"), names(office.get("people")));
  }

  @Test
  void answersAnUnknownPersonWithA404() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange("/api/people/nobody", Map.class));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertEquals(
        "No person has the id “nobody”.",
        e.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }

  @Test
  void answersAnUnknownOrganisationWithA404() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange("/api/organizations/nowhere", Map.class));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
  }

  @Test
  void reportsHealth() {
    Map<String, Object> health = get("/health");

    assertEquals("UP", health.get("status"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String uri) {
    return client.toBlocking().retrieve(uri, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Object refs) {
    return ((List<Map<String, Object>>) refs).stream().map(r -> (String) r.get("name")).toList();
  }
}
