package dev.directory.web.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Editing through the API, as an admin (who may edit), on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Accounts accounts;
  @Inject ApiTokens apiTokens;

  @Test
  void changesAPersonAndFindsTheChangeWithinASecond() throws Exception {
    Map<String, Object> person = get("/api/people/norberto-giron");

    Map<String, Object> body = edit(person, "title", "Head of the Santiago office");
    Map<String, Object> changed =
        client
            .toBlocking()
            .retrieve(HttpRequest.PUT("/api/people/norberto-giron", body), Map.class);

    assertEquals("Head of the Santiago office", changed.get("title"));
    assertEquals(
        ((Number) person.get("version")).longValue() + 1,
        ((Number) changed.get("version")).longValue());
    long deadline = System.nanoTime() + 1_000_000_000L;
    long found = 0;
    while (found == 0 && System.nanoTime() < deadline) {
      found = ((Number) get("/api/search?q=santiago%20office%20head").get("total")).longValue();
      Thread.sleep(50);
    }
    assertEquals(1, found, "the edit is searchable within a second");
  }

  @Test
  void refusesTheSecondOfTwoEditsMadeOnTheSameVersionAndSaysWhatChanged() {
    Map<String, Object> opened = get("/api/people/sebastian-mathews");
    client
        .toBlocking()
        .retrieve(
            HttpRequest.PUT(
                "/api/people/sebastian-mathews", edit(opened, "title", "Press officer")),
            Map.class);

    HttpClientResponseException stale =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.PUT(
                            "/api/people/sebastian-mathews", edit(opened, "title", "Spokesperson")),
                        Map.class));

    assertEquals(HttpStatus.CONFLICT, stale.getStatus());
    Map<?, ?> conflict = stale.getResponse().getBody(Map.class).orElseThrow();
    assertTrue(((String) conflict.get("message")).contains("has changed since you opened it"));
    Map<?, ?> change = (Map<?, ?>) ((List<?>) conflict.get("changes")).get(0);
    assertEquals("admin", change.get("actor"));
    assertEquals(
        List.of(Map.of("field", "job_title", "after", "Press officer")),
        stripNulls((List<?>) change.get("fields")));
    assertEquals(
        "Press officer", get("/api/people/sebastian-mathews").get("title"), "nothing lost");
  }

  @Test
  void takesBackWhatItGaveWithOneFieldChangedAndChangesOnlyThatField() {
    Map<String, Object> person = get("/api/people/sebastian-mathews");

    Map<String, Object> unchanged = put("/api/people/sebastian-mathews", person);
    assertEquals(person, unchanged, "the same record back: nothing changed, not even the version");

    Map<String, Object> changed =
        put("/api/people/sebastian-mathews", edit(person, "title", "Spokesperson"));
    Map<String, Object> expected = edit(person, "title", "Spokesperson");
    expected.put("version", ((Number) person.get("version")).intValue() + 1);
    assertEquals(expected, changed);
    List<Map<String, Object>> history =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/people/sebastian-mathews/history"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertEquals(
        List.of("job_title"),
        ((List<?>) ((Map<?, ?>) history.get(history.size() - 1)).get("fields"))
            .stream().map(f -> ((Map<?, ?>) f).get("field")).toList());
  }

  @Test
  void takesAnOrganisationBackAsItGaveIt() {
    Map<String, Object> department =
        get("/api/organizations/department-for-foreigners-and-migration");
    assertEquals("ministry-of-internal-affairs", ((Map<?, ?>) department.get("parent")).get("id"));

    Map<String, Object> changed =
        put(
            "/api/organizations/department-for-foreigners-and-migration",
            edit(department, "localName", "Servicio Nacional de Migraciones"));

    assertEquals("Servicio Nacional de Migraciones", changed.get("localName"));
    assertEquals(department.get("parent"), changed.get("parent"));
    assertEquals(department.get("place"), changed.get("place"));
    assertEquals(department.get("topics"), changed.get("topics"));
  }

  @Test
  void ignoresWhatTheDirectoryDerivesButRefusesAFieldItDoesNotHave() {
    Map<String, Object> person = get("/api/people/norberto-giron");
    Map<String, Object> derived = new HashMap<>(person);
    derived.put("name", "Somebody Else");
    derived.put("url", "/people/somebody-else");
    derived.put(
        "phones",
        ((List<?>) person.get("phones"))
            .stream()
                .map(
                    p -> {
                      Map<Object, Object> phone = new HashMap<>((Map<?, ?>) p);
                      phone.put("e164", "+10000000000");
                      return phone;
                    })
                .toList());

    assertEquals(person, put("/api/people/norberto-giron", derived), "read-only fields ignored");

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.PUT(
                            "/api/people/norberto-giron", edit(person, "job_title", "Head")),
                        Map.class));
    Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    Map<?, ?> problem = (Map<?, ?>) ((List<?>) body.get("problems")).get(0);
    assertEquals("field.unknown", problem.get("code"));
    assertEquals("job_title", ((List<?>) problem.get("args")).get(0));
    assertTrue(
        ((String) body.get("message")).contains("the fields are id, givenName"), body.toString());
  }

  @Test
  void saysInPlainWordsWhenTheBodyIsNotAJsonObject() {
    assertEquals(
        "The body is not valid JSON (line 1, column 14).",
        refusal(
            HttpRequest.PUT("/api/people/norberto-giron", "{\"givenName\":")
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    assertEquals(
        "The body must be one JSON object, {…}.",
        refusal(
            HttpRequest.PUT("/api/people/norberto-giron", "[1, 2]")
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    assertEquals(
        "page: “abc” is not a whole number", refusal(HttpRequest.GET("/api/inquiries?page=abc")));
    assertEquals(
        "place: give an object, {…}",
        refusal(
            HttpRequest.POST(
                "/api/organizations",
                Map.of("id", "x", "type", "partner", "name", "X", "place", "CL"))));
  }

  @Test
  void namesEachProblemByItsFieldAsTheJsonNamesIt() {
    Map<String, Object> person = get("/api/people/norberto-giron");
    Map<String, Object> wrong = edit(person, "title", "x".repeat(301));
    wrong.put("organization", Map.of("id", "no-such-organisation"));

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(HttpRequest.PUT("/api/people/norberto-giron", wrong), Map.class));

    List<?> problems =
        (List<?>) refused.getResponse().getBody(Map.class).orElseThrow().get("problems");
    assertEquals(
        List.of(
            "organization reference.missing [organisation, no-such-organisation]",
            "title text.too_long [301, 300]"),
        problems.stream()
            .map(p -> (Map<?, ?>) p)
            .map(p -> p.get("field") + " " + p.get("code") + " " + p.get("args"))
            .sorted()
            .toList());
  }

  @Test
  void refusesAWrongValueNamingTheFieldAsTheImportWould() {
    Map<String, Object> person = get("/api/people/norberto-giron");

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .retrieve(
                        HttpRequest.PUT(
                            "/api/people/norberto-giron",
                            edit(
                                person,
                                "emails",
                                List.of(Map.of("type", "work", "address", "giron@")))),
                        Map.class));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertEquals(
        "emails: “giron@” is not an e-mail address",
        refused.getResponse().getBody(Map.class).orElseThrow().get("message"));
  }

  @Test
  void refusesAnObjectForAFieldAndAnotherIdThanTheRecords() {
    Map<String, Object> person = get("/api/people/norberto-giron");

    assertEquals(
        "givenName: give text",
        refusal(
            HttpRequest.PUT(
                "/api/people/norberto-giron", edit(person, "givenName", Map.of("a", 1)))));
    assertEquals(
        "id: an id cannot change: this record is “norberto-giron”, not “someone-else”",
        refusal(HttpRequest.PUT("/api/people/norberto-giron", edit(person, "id", "someone-else"))));
    assertEquals(
        person.get("version"), get("/api/people/norberto-giron").get("version"), "nothing written");
  }

  @Test
  void keepsAnOrganisationThatStillHasPeople() {
    Map<String, Object> office = get("/api/organizations/iom-chile");

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.DELETE(
                            "/api/organizations/iom-chile?version=" + office.get("version"))));

    assertEquals(HttpStatus.CONFLICT, refused.getStatus());
    String message = (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
    assertTrue(message.startsWith("“iom-chile” still has 2 people"), message);
  }

  @Test
  void createsAndDeletesAnOrganisationKeepingItsHistory() {
    Map<String, Object> created = new HashMap<>();
    created.put("id", "municipal-services-calama");
    created.put("type", "municipal_service");
    created.put("name", "Municipal Services of Calama");
    created.put("place", Map.of("country", "CL", "city", "Calama"));

    HttpResponse<Map> response =
        client.toBlocking().exchange(HttpRequest.POST("/api/organizations", created), Map.class);
    assertEquals(HttpStatus.CREATED, response.getStatus());
    client
        .toBlocking()
        .exchange(HttpRequest.DELETE("/api/organizations/municipal-services-calama?version=1"));

    List<Map<String, Object>> history =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/organizations/municipal-services-calama/history"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertEquals(List.of("create", "delete"), history.stream().map(c -> c.get("action")).toList());
  }

  @Test
  void everyAnswerToEditorsSavingAtOnceIsTheVersionThatEditMade() throws Exception {
    String token = apiTokens.issueToken("admin", "editors at once", Instant.now()).secret();
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/people",
                Map.of(
                    "id",
                    "editors-at-once",
                    "givenName",
                    "Test",
                    "familyName",
                    "Editors At Once",
                    "organization",
                    Map.of("id", "lshtm"),
                    "visibility",
                    "internal")));
    Map<Long, String> answered = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> editors = new ArrayList<>();
    for (int e = 0; e < 4; e++) {
      int editor = e;
      editors.add(
          CompletableFuture.runAsync(
              () -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> person =
                    client
                        .toBlocking()
                        .retrieve(
                            HttpRequest.GET("/api/people/editors-at-once").bearerAuth(token),
                            Map.class);
                Object version = person.get("version");
                for (int saved = 0; saved < 25; ) {
                  // Straight back with the version a refusal names: the editor that loses the
                  // race saves right after the winner commits, as fast as it can.
                  String title = "editor " + editor + " save " + saved;
                  Map<String, Object> body = edit(person, "title", title);
                  body.put("version", version);
                  try {
                    Map<?, ?> answer =
                        client
                            .toBlocking()
                            .retrieve(
                                HttpRequest.PUT("/api/people/editors-at-once", body)
                                    .bearerAuth(token),
                                Map.class);
                    version = answer.get("version");
                    String before = answered.put(((Number) version).longValue(), title);
                    assertEquals(null, before, "two answers named one version");
                    assertEquals(title, answer.get("title"));
                    saved++;
                  } catch (HttpClientResponseException conflict) {
                    assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
                    version =
                        conflict.getResponse().getBody(Map.class).orElseThrow().get("version");
                  }
                }
              }));
    }
    for (CompletableFuture<Void> editor : editors) {
      editor.get(2, TimeUnit.MINUTES);
    }

    Map<Long, String> history = new HashMap<>();
    client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/people/editors-at-once/history"),
            Argument.listOf(Argument.mapOf(String.class, Object.class)))
        .forEach(
            change ->
                ((List<?>) change.get("fields"))
                    .stream()
                        .map(Map.class::cast)
                        .filter(field -> "job_title".equals(field.get("field")))
                        .forEach(
                            field ->
                                history.put(
                                    ((Number) change.get("version")).longValue(),
                                    (String) field.get("after"))));
    assertEquals(100, answered.size());
    answered.forEach(
        (version, title) ->
            assertEquals(title, history.get(version), "the answer for version " + version));
  }

  /** The record as GET returned it, with one field changed: what a client sends back. */
  private static Map<String, Object> edit(Map<String, Object> record, String field, Object value) {
    Map<String, Object> body = new HashMap<>(record);
    body.put(field, value);
    return body;
  }

  private static List<Map<Object, Object>> stripNulls(List<?> fields) {
    return fields.stream()
        .map(
            f -> {
              Map<Object, Object> copy = new HashMap<>((Map<?, ?>) f);
              copy.values().removeIf(java.util.Objects::isNull);
              return copy;
            })
        .toList();
  }

  private String refusal(HttpRequest<?> request) {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().retrieve(request, Map.class));
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    return (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
  }

  /** The record a save answers, as GET returns it: without the list of its possible duplicates. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> put(String path, Map<String, Object> body) {
    Map<String, Object> answer =
        new HashMap<>(client.toBlocking().retrieve(HttpRequest.PUT(path, body), Map.class));
    assertEquals(List.of(), answer.remove("possibleDuplicates"), "the seed has no duplicates");
    return answer;
  }

  private Map<String, Object> get(String path) {
    return client.toBlocking().retrieve(path, Map.class);
  }
}
