package dev.directory.web.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Merging through the API, as an admin, on the seed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  @Test
  void mergesTwoEntriesAndAnswersTheMergedAwayIdWithARedirect() throws Exception {
    create("test-api-merge-a", "work: a@example.org");
    create("test-api-merge-b", "work: b@example.org");

    Map<String, Object> survivor =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/people/test-api-merge-a/merge",
                    Map.of(
                        "other", "test-api-merge-b",
                        "version", version("test-api-merge-a"),
                        "otherVersion", version("test-api-merge-b"),
                        "choices", Map.of("notes", "other"))),
                Map.class);

    assertEquals("test-api-merge-a", survivor.get("id"));
    assertEquals(2, ((List<?>) survivor.get("emails")).size(), "the e-mails are united");
    try (HttpClient plain = HttpClient.create(server.getURL(), noRedirects())) {
      HttpResponse<?> moved =
          plain
              .toBlocking()
              .exchange(
                  HttpRequest.GET("/api/people/test-api-merge-b")
                      .basicAuth("admin", ADMIN_PASSWORD));
      assertEquals(HttpStatus.PERMANENT_REDIRECT, moved.getStatus());
      assertEquals("/api/people/test-api-merge-a", moved.getHeaders().get(HttpHeaders.LOCATION));
      HttpResponse<?> page =
          plain
              .toBlocking()
              .exchange(
                  HttpRequest.GET("/people/test-api-merge-b").basicAuth("admin", ADMIN_PASSWORD));
      assertEquals("/people/test-api-merge-a", page.getHeaders().get(HttpHeaders.LOCATION));
      HttpResponse<?> history =
          plain
              .toBlocking()
              .exchange(
                  HttpRequest.GET("/api/people/test-api-merge-b/history")
                      .basicAuth("admin", ADMIN_PASSWORD));
      assertEquals(
          "/api/people/test-api-merge-a/history",
          history.getHeaders().get(HttpHeaders.LOCATION),
          "its history is the survivor's now");
    }
  }

  @Test
  void undoesAMergeFromTheSurvivorsPageAndTheApi() {
    create("test-undo-page-a", "work: ua@example.org");
    create("test-undo-page-b", "work: ub@example.org");
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/people/test-undo-page-a/merge",
                Map.of(
                    "other", "test-undo-page-b",
                    "version", version("test-undo-page-a"),
                    "otherVersion", version("test-undo-page-b"))));

    String page =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/people/test-undo-page-a")
                    .accept("text/html,application/xhtml+xml,*/*;q=0.8"));
    assertTrue(page.contains("action=\"/people/test-undo-page-b/merge/undo\""), page);

    Map<String, Object> restored =
        client
            .toBlocking()
            .retrieve(HttpRequest.POST("/api/people/test-undo-page-b/merge/undo", null), Map.class);
    assertEquals("test-undo-page-b", restored.get("id"));
    assertEquals(
        HttpStatus.NOT_FOUND,
        assertThrows(
                HttpClientResponseException.class,
                () ->
                    client
                        .toBlocking()
                        .retrieve(
                            HttpRequest.POST("/api/people/test-undo-page-b/merge/undo", null),
                            Map.class))
            .getStatus(),
        "undone once");
  }

  @Test
  void refusesAMergeIntoItselfAStaleVersionAndALoop() {
    long version = version("norberto-giron");
    assertEquals(
        HttpStatus.BAD_REQUEST,
        refused(
            "/api/people/norberto-giron/merge",
            Map.of("other", "norberto-giron", "version", version, "otherVersion", version)));
    create("test-api-stale", "");
    assertEquals(
        HttpStatus.CONFLICT,
        refused(
            "/api/people/norberto-giron/merge",
            Map.of(
                "other",
                "test-api-stale",
                "version",
                version,
                "otherVersion",
                version("test-api-stale") + 5)));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        refused(
            "/api/organizations/department-for-foreigners-and-migration/merge",
            Map.of(
                "other", "ministry-of-internal-affairs",
                "version", organizationVersion("department-for-foreigners-and-migration"),
                "otherVersion", organizationVersion("ministry-of-internal-affairs"))),
        "the ministry's department would be its own parent");
  }

  @Test
  void mergesOnThePageFieldByField() {
    create("test-page-merge-a", "work: pa@example.org");
    create("test-page-merge-b", "work: pb@example.org");
    String html = "text/html,application/xhtml+xml,*/*;q=0.8";

    String form =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/people/test-page-merge-a/merge?other=test-page-merge-b")
                    .accept(html));
    assertTrue(form.contains("name=\"choice.emails\" value=\"both\" checked"), form);

    Map<String, String> fields = new HashMap<>();
    fields.put("other", "test-page-merge-b");
    fields.put("version", String.valueOf(version("test-page-merge-a")));
    fields.put("other_version", String.valueOf(version("test-page-merge-b")));
    fields.put("choice.emails", "other");
    HttpResponse<String> merged =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST("/people/test-page-merge-a/merge", fields)
                    .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(html),
                String.class);
    assertEquals(HttpStatus.OK, merged.getStatus(), "the redirect leads to the survivor's page");
    assertTrue(merged.body().contains("pb@example.org"), merged.body());
    assertEquals(
        List.of(Map.of("type", "work", "address", "pb@example.org")),
        client.toBlocking().retrieve("/api/people/test-page-merge-a", Map.class).get("emails"),
        "the chosen list alone stays");
  }

  private HttpStatus refused(String path, Map<String, Object> body) {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().retrieve(HttpRequest.POST(path, body), Map.class));
    assertTrue(refused.getResponse().getBody(Map.class).isPresent());
    return refused.getStatus();
  }

  private void create(String id, String emails) {
    Map<String, Object> person = new HashMap<>();
    person.put("id", id);
    person.put("givenName", "Test");
    person.put("familyName", "Merge");
    person.put("organization", Map.of("id", "iom-chile"));
    person.put("visibility", "internal");
    if (!emails.isEmpty()) {
      person.put("emails", List.of(Map.of("type", "work", "address", emails.substring(6))));
    }
    client.toBlocking().exchange(HttpRequest.POST("/api/people", person));
  }

  private long version(String id) {
    return ((Number) client.toBlocking().retrieve("/api/people/" + id, Map.class).get("version"))
        .longValue();
  }

  private long organizationVersion(String id) {
    return ((Number)
            client.toBlocking().retrieve("/api/organizations/" + id, Map.class).get("version"))
        .longValue();
  }

  private static DefaultHttpClientConfiguration noRedirects() {
    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
    configuration.setFollowRedirects(false);
    return configuration;
  }
}
