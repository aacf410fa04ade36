package dev.directory.web.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonField;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The edit pages, as an admin's browser without JavaScript uses them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditPagesTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject People people;
  @Inject Accounts accounts;

  @BeforeAll
  void makeAViewer() {
    accounts.create(
        "viewer-of-pages", "A viewer", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());
  }

  @Test
  void savesAnEditAndShowsItInThePersonsHistory() {
    Map<String, String> form = form("norberto-giron");
    form.put("job_title", "Head of Office");

    HttpResponse<String> saved = post("/people/norberto-giron/edit", form);

    assertEquals(HttpStatus.OK, saved.getStatus(), "the redirect leads to the person's page");
    String page = saved.body();
    assertTrue(page.contains("Head of Office"), page);
    assertTrue(page.contains("update by <strong>admin</strong>"), page);
    assertTrue(page.contains("Job title: “Chief of Mission” → “Head of Office”"), page);
  }

  @Test
  void offersTheFixedValuesOfAFieldToChooseFrom() {
    String page =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/people/sebastian-mathews/edit").accept(HTML));

    assertTrue(page.contains("<select id=\"visibility\" name=\"visibility\">"), page);
    assertTrue(page.contains("<option value=\"public\" selected>public</option>"), page);
    assertTrue(page.contains("<option value=\"yes\" selected>yes</option>"), "a press contact");
  }

  @Test
  void bringsBackAWrongValueWithItsMessageAndWritesNothing() {
    long version = people.version("sebastian-mathews").orElseThrow();
    Map<String, String> form = form("sebastian-mathews");
    form.put("emails", "work: mathews@");

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class, () -> post("/people/sebastian-mathews/edit", form));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    String page = refused.getResponse().getBody(String.class).orElseThrow();
    assertTrue(
        page.contains(
            "<p class=\"field-error\" id=\"emails-problem\">“mathews@” is not an e-mail address</p>"),
        page);
    assertTrue(page.contains("value=\"work: mathews@\""), "what was typed is kept");
    assertEquals(version, people.version("sebastian-mathews").orElseThrow());
  }

  @Test
  void saysWhatIsWrongWithAFieldTheFormDoesNotShow() {
    Map<String, String> form = form("sebastian-mathews");
    form.put("colour", "blue");

    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class, () -> post("/people/sebastian-mathews/edit", form));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertTrue(
        refused
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains(
                "Nothing was saved: correct the fields marked below. colour: “colour” is not a field"
                    + " here"));
  }

  @Test
  void showsTheSecondEditorWhatChangedAndKeepsTheirValues() {
    Map<String, String> first = form("maria-elena-santos");
    Map<String, String> second = new HashMap<>(first);
    first.put("job_title", "Health officer");
    second.put("job_title", "Nurse");
    post("/people/maria-elena-santos/edit", first);

    HttpClientResponseException stale =
        assertThrows(
            HttpClientResponseException.class,
            () -> post("/people/maria-elena-santos/edit", second));

    assertEquals(HttpStatus.CONFLICT, stale.getStatus());
    String page = stale.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("What changed since you opened it"), page);
    assertTrue(page.contains("<strong>Job title</strong>: “” → “Health officer”"), page);
    assertTrue(page.contains("value=\"Nurse\""), "the second editor's value is kept on the form");
    assertEquals("Health officer", people.find("maria-elena-santos").orElseThrow().jobTitle());
  }

  @Test
  void saysWhyAnOrganisationWithPeopleIsNotDeleted() {
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> post("/organizations/municipal-services-arica/delete", Map.of("version", "1")));

    assertEquals(HttpStatus.CONFLICT, refused.getStatus());
    assertTrue(
        refused
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains(
                "“municipal-services-arica” still has 1 person, 1 engagement; move them to another"
                    + " organisation first."));
  }

  @Test
  void offersNoEditToAViewer() {
    String page =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/people/sebastian-mathews")
                    .accept(HTML)
                    .header(SignedInTestClient.AS, "viewer-of-pages"));

    assertFalse(page.contains("/people/sebastian-mathews/edit"), page);
  }

  @Test
  void editsAPositionInItsFormAndRefusesAHoldingThatEndsBeforeItStarts() {
    String blank =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/positions/new?organization=minsal").accept(HTML));
    assertTrue(blank.contains("name=\"holders\""), blank);

    Map<String, String> form = new HashMap<>();
    form.put("id", "test-minsal-press-officer");
    form.put("title", "Test press officer, MINSAL");
    form.put("organization_id", "minsal");
    form.put("press_contact", "no");
    form.put("emails", "work: press-officer@example.org");
    form.put("phones", "");
    form.put("holders", "norberto-giron from 2026-01-01");
    form.put("notes", "");
    HttpResponse<String> created = post("/positions/new", form);
    assertEquals(HttpStatus.OK, created.getStatus(), "the redirect leads to the position's page");
    assertTrue(created.body().contains("Test press officer, MINSAL"), created.body());
    assertTrue(created.body().contains("press-officer@example.org"), created.body());

    String edit =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/positions/test-minsal-press-officer/edit").accept(HTML));
    assertTrue(edit.contains("norberto-giron from 2026-01-01"), edit);
    form.remove("id");
    form.put("version", "1");
    form.put("holders", "norberto-giron from 2026-01-01 to 2025-12-31");
    HttpClientResponseException refused =
        assertThrows(
            HttpClientResponseException.class,
            () -> post("/positions/test-minsal-press-officer/edit", form));
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    String page = refused.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("2025-12-31"), page);
    assertTrue(page.contains("id=\"holders-problem\""), page);

    form.put("holders", "norberto-giron from 2026-01-01 to 2026-06-30");
    assertEquals(
        HttpStatus.OK, post("/positions/test-minsal-press-officer/edit", form).getStatus());
    HttpResponse<String> deleted =
        post("/positions/test-minsal-press-officer/delete", Map.of("version", "2"));
    assertTrue(deleted.body().contains("MINSAL"), "back on the organisation's page");
  }

  /** The person's stored fields, as the edit form sends them, with their version. */
  private Map<String, String> form(String id) {
    Map<String, String> form = new HashMap<>();
    PersonField.cells(people.find(id).orElseThrow())
        .forEach((field, value) -> form.put(field, value == null ? "" : value));
    form.remove("id");
    form.put("version", String.valueOf(people.version(id).orElseThrow()));
    return form;
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(HTML),
            String.class);
  }
}
