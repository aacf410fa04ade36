package dev.directory.web.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Duplicates through the API and the pages, as an admin, on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesApiTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void savesAPersonWhoLooksLikeAnotherAndNamesTheOtherWithItsReasons() {
    HttpResponse<Map> created =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                    "/api/people",
                    person("sebastian-mathews-2", "Sebastian", "Mathews", "iom-chile")),
                Map.class);

    assertEquals(HttpStatus.CREATED, created.getStatus());
    assertEquals("sebastian-mathews-2", created.body().get("id"), "the record as GET returns it");
    List<Map<String, Object>> alike = list(created.body().get("possibleDuplicates"));
    assertEquals(List.of("sebastian-mathews"), alike.stream().map(d -> d.get("id")).toList());
    Map<String, Object> first = alike.get(0);
    assertEquals("Sebastián Mathews", first.get("name"));
    assertTrue(((Number) first.get("score")).doubleValue() >= 3, first.toString());
    assertTrue(
        list(first.get("reasons"))
            .contains(
                "Family name: the same, mathews (+%s)".formatted(weight(first, "Family name"))),
        first.toString());
  }

  @Test
  void savesAPersonWhoLooksLikeNobodyWithAnEmptyList() {
    Map<String, Object> created =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/people", person("test-unlike", "Zyxwv", "Unlikeanyone", "lshtm")),
                Map.class);

    assertEquals(List.of(), created.get("possibleDuplicates"));
  }

  @Test
  void listsAPairUntilItIsMarkedNotTheSame() throws Exception {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/people", person("test-norberto", "Norberto", "Giron", "iom-chile")));
    Map<String, Object> pair = awaitPair("norberto-giron", "test-norberto");
    assertEquals("Norberto Girón", ((Map<?, ?>) pair.get("a")).get("name"));
    assertFalse(list(pair.get("reasons")).isEmpty());
    assertEquals(
        List.of(),
        pairs("/api/duplicates?country=PE").stream()
            .filter(p -> involves(p, "test-norberto"))
            .toList(),
        "narrowed to a country neither is in");
    assertFalse(
        pairs("/api/duplicates?office=iom-chile").stream()
            .filter(p -> involves(p, "test-norberto"))
            .toList()
            .isEmpty(),
        "narrowed to the office covering Chile");

    HttpResponse<?> marked =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                    "/api/duplicates/not-the-same",
                    Map.of("a", "test-norberto", "b", "norberto-giron")));

    assertEquals(HttpStatus.NO_CONTENT, marked.getStatus());
    assertTrue(
        pairs("/api/duplicates").stream().noneMatch(p -> involves(p, "test-norberto")),
        "never proposed again");
    Map<String, Object> edited =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.PUT(
                    "/api/people/test-norberto",
                    withVersion(
                        person("test-norberto", "Norberto", "Giron", "iom-chile"),
                        client.toBlocking().retrieve("/api/people/test-norberto", Map.class))),
                Map.class);
    assertEquals(List.of(), edited.get("possibleDuplicates"), "not on save either");
  }

  @Test
  void refusesToMarkARecordAsNotTheSameAsItselfOrAsAnotherKind() {
    assertEquals(
        "pair.self",
        refusedCode(
            HttpRequest.POST(
                "/api/duplicates/not-the-same",
                Map.of("a", "norberto-giron", "b", "norberto-giron"))));
    assertEquals(
        "pair.kinds",
        refusedCode(
            HttpRequest.POST(
                "/api/duplicates/not-the-same", Map.of("a", "norberto-giron", "b", "iom-chile"))));
    assertEquals(
        "record.missing",
        refusedCode(
            HttpRequest.POST(
                "/api/duplicates/not-the-same", Map.of("a", "norberto-giron", "b", "nobody"))));
    assertEquals(
        "required",
        refusedCode(HttpRequest.POST("/api/duplicates/not-the-same", Map.of("a", "x"))));
  }

  @Test
  void refusesFiltersThatAreNotOnes() {
    assertEquals("choice.invalid", refusedCode(HttpRequest.GET("/api/duplicates?type=thing")));
    assertEquals("country.invalid", refusedCode(HttpRequest.GET("/api/duplicates?country=XX")));
    assertEquals(
        "reference.missing", refusedCode(HttpRequest.GET("/api/duplicates?office=nowhere")));
    assertEquals("number.out_of_range", refusedCode(HttpRequest.GET("/api/duplicates?limit=5000")));
  }

  @Test
  void holdsBackAFormThatLooksLikeAnotherUntilTheEditorSavesAnyway() {
    Map<String, String> form =
        Map.of(
            "id", "test-mathews-form",
            "given_name", "Sebastian",
            "family_name", "Mathews",
            "organization_id", "iom-chile",
            "visibility", "internal",
            "press_contact", "no");

    HttpResponse<String> held = postForm("/people/new", form);
    assertEquals(HttpStatus.OK, held.getStatus());
    assertTrue(held.body().contains("Possible duplicates"), held.body());
    assertTrue(held.body().contains("href=\"/people/sebastian-mathews\""), held.body());
    assertTrue(held.body().contains("name=\"save_anyway\" value=\"yes\""), held.body());
    assertThrows(
        HttpClientResponseException.class,
        () -> client.toBlocking().retrieve("/api/people/test-mathews-form", Map.class),
        "nothing was saved");

    Map<String, String> anyway = new java.util.HashMap<>(form);
    anyway.put("save_anyway", "yes");
    HttpResponse<String> saved = postForm("/people/new", anyway);
    assertEquals(HttpStatus.OK, saved.getStatus(), "the redirect leads to the person's page");
    assertTrue(saved.body().contains("Sebastian Mathews"), saved.body());
  }

  @Test
  void showsThePossibleDuplicatesPageWithItsFilters() throws Exception {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/people", person("test-mathews-page", "S.", "Mathews", "iom-chile")));
    awaitPair("sebastian-mathews", "test-mathews-page");

    String page =
        client.toBlocking().retrieve(HttpRequest.GET("/duplicates?country=CL").accept(HTML));
    assertTrue(page.contains("href=\"/people/test-mathews-page\""), page);
    assertTrue(page.contains(">Not the same</button>"), page);

    HttpClientResponseException wrong =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(HttpRequest.GET("/duplicates?country=XX").accept(HTML)));
    assertEquals(HttpStatus.BAD_REQUEST, wrong.getStatus());
    assertTrue(
        wrong.getResponse().getBody(String.class).orElseThrow().contains("“XX” is not an ISO"));
  }

  private Map<String, Object> awaitPair(String a, String b) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (Map<String, Object> pair : pairs("/api/duplicates?limit=1000")) {
        if (involves(pair, a) && involves(pair, b)) {
          return pair;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no pair of " + a + " and " + b + " was listed: " + pairs("/api/duplicates?limit=1000"));
  }

  private List<Map<String, Object>> pairs(String path) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET(path), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }

  private static boolean involves(Map<String, Object> pair, String id) {
    return id.equals(((Map<?, ?>) pair.get("a")).get("id"))
        || id.equals(((Map<?, ?>) pair.get("b")).get("id"));
  }

  private String refusedCode(HttpRequest<?> request) {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().retrieve(request, Map.class));
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
    return (String) ((Map<?, ?>) ((List<?>) body.get("problems")).get(0)).get("code");
  }

  private HttpResponse<String> postForm(String path, Map<String, String> form) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(HTML),
            String.class);
  }

  private static Map<String, Object> person(
      String id, String given, String family, String organization) {
    return Map.of(
        "id", id,
        "givenName", given,
        "familyName", family,
        "organization", Map.of("id", organization),
        "visibility", "internal");
  }

  private static Map<String, Object> withVersion(
      Map<String, Object> body, Map<String, Object> stored) {
    Map<String, Object> versioned = new java.util.HashMap<>(body);
    versioned.put("version", stored.get("version"));
    return versioned;
  }

  private static String weight(Map<String, Object> duplicate, String field) {
    return list(duplicate.get("reasons")).stream()
        .map(String::valueOf)
        .filter(r -> r.startsWith(field + ":"))
        .map(r -> r.substring(r.lastIndexOf("(+") + 2, r.length() - 1))
        .findFirst()
        .orElse("?");
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }
}
