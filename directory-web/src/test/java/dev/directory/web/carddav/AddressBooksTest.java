package dev.directory.web.carddav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Searches kept as address books: through the API and the pages, and as CardDAV shows them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressBooksTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  @SuppressWarnings("unchecked")
  void keepsASearchAsABookThatHoldsExactlyItsMatches() throws Exception {
    Map<String, Object> book =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/address-books",
                    Map.of("name", "Ministries of Chile", "search", "type=ministry&country=CL")),
                Map.class);
    String url = (String) book.get("url");
    assertTrue(url.startsWith("/dav/books/admin/saved-"), url);

    List<Map<String, Object>> results =
        (List<Map<String, Object>>)
            client
                .toBlocking()
                .retrieve("/api/search?type=ministry&country=CL&size=100", Map.class)
                .get("results");
    List<String> expected =
        results.stream()
            .map(hit -> url + "organization." + hit.get("id") + ".vcf")
            .sorted()
            .toList();
    DavClient dav = new DavClient(server.getURI(), "admin");
    List<String> cards =
        dav.propfind(url, "1", "d:getetag").all("href").stream()
            .filter(href -> href.endsWith(".vcf"))
            .sorted()
            .toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, cards);

    List<Map> books =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/api/address-books"), Argument.listOf(Map.class));
    assertEquals(
        List.of("Directory", "Press contacts", "Ministries of Chile"),
        books.stream().map(b -> b.get("name")).toList());
  }

  @Test
  void refusesASearchWithAParameterASearchDoesNotTake() {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST(
                            "/api/address-books",
                            Map.of("name", "Red things", "search", "q=health&colour=red")),
                        String.class));
    assertEquals(400, refused.getStatus().getCode());
    String body = refused.getResponse().getBody(String.class).orElse("");
    assertTrue(body.contains("colour"), body);

    HttpClientResponseException none =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/address-books", Map.of("name", "No search")),
                        String.class));
    assertEquals(400, none.getStatus().getCode());
    assertTrue(
        none.getResponse().getBody(String.class).orElse("").contains("search"),
        "names the missing field");
  }

  @Test
  @SuppressWarnings("unchecked")
  void removesABookItsOwnerNoLongerWants() throws Exception {
    Map<String, Object> book =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/address-books", Map.of("name", "Health", "search", "q=health")),
                Map.class);
    assertEquals(
        204,
        client
            .toBlocking()
            .exchange(HttpRequest.DELETE("/api/address-books/" + book.get("id")))
            .code());
    DavClient dav = new DavClient(server.getURI(), "admin");
    assertEquals(404, dav.propfind((String) book.get("url"), "0").status());
  }

  @Test
  void offersToKeepAMissionOfficesCountriesAsABook() {
    String offices = client.toBlocking().retrieve(HttpRequest.GET("/offices").accept(HTML));
    assertTrue(
        offices.contains("name=\"name\" value=\"IOM Chile\"")
            && offices.contains("name=\"search\" value=\"country=CL\""),
        offices);
  }

  @Test
  void savesTheSearchOnTheSearchPageAndListsItOnTheAccountPage() {
    String search =
        client.toBlocking().retrieve(HttpRequest.GET("/?q=municipal&country=CL").accept(HTML));
    assertTrue(search.contains("action=\"/address-books\""), search);
    assertTrue(search.contains("name=\"search\" value=\"q=municipal&amp;country=CL\""), search);

    HttpResponse<String> saved =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/address-books",
                        Map.of("name", "Municipal services", "search", "q=municipal&country=CL"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(HTML),
                String.class);
    assertTrue(saved.body().contains("Municipal services"), "followed to the account page");
    assertTrue(saved.body().contains("id=\"address-books\""), saved.body());
  }
}
