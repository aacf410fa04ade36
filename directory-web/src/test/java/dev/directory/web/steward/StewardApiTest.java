package dev.directory.web.steward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stewards, "Report outdated" and the steward's queue through the API and the pages, on the seed:
 * IOM Chile covers Chile, where MINSAL and the seed's people are.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StewardApiTest implements TemporaryHome {

  private static final String EDITOR = "test-chile-editor";
  private static final String VIEWER = "test-report-viewer";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject StewardDigestMail digestMail;

  @BeforeAll
  void accounts() {
    Instant now = Instant.now();
    accounts.create(
        EDITOR, "Test Chile Editor", "chile-editor@example.org", Role.EDITOR, ADMIN_PASSWORD, now);
    accounts.create(VIEWER, "Test Viewer", null, Role.VIEWER, ADMIN_PASSWORD, now);
    Map<?, ?> account =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.PUT("/api/accounts/" + EDITOR, Map.of("office", "iom-chile")),
                Map.class);
    assertEquals("iom-chile", account.get("office"));
  }

  @Test
  void aViewersReportWaitsInTheStewardsQueueUntilTheRecordIsVerified() {
    HttpResponse<Map> filed =
        client
            .toBlocking()
            .exchange(
                as(
                    VIEWER,
                    HttpRequest.POST(
                        "/api/organizations/minsal/reports",
                        Map.of("what", "The switchboard number has changed."))),
                Map.class);
    assertEquals(HttpStatus.CREATED, filed.getStatus());
    Map<?, ?> report = filed.body();
    assertEquals(VIEWER, report.get("reportedBy"));
    assertNull(report.get("resolvedBy"));

    assertTrue(queuedReports(EDITOR).contains("minsal"));
    Map<?, ?> freshness = freshness("/api/organizations/minsal");
    assertEquals(List.of(EDITOR), freshness.get("stewards"));
    assertEquals(1, freshness.get("openReports"));

    client
        .toBlocking()
        .exchange(
            as(
                EDITOR,
                HttpRequest.POST(
                    "/api/organizations/minsal/verify",
                    Map.of(
                        "how",
                        "phone",
                        "version",
                        get("/api/organizations/minsal").get("version")))));

    List<Map> reports = reports("/api/organizations/minsal/reports");
    Map<?, ?> resolution = (Map<?, ?>) ((Map<?, ?>) reports.get(0)).get("resolvedBy");
    assertEquals("verify", resolution.get("action"));
    assertEquals(EDITOR, resolution.get("by"));
    assertFalse(queuedReports(EDITOR).contains("minsal"));
    assertEquals(0, freshness("/api/organizations/minsal").get("openReports"));
  }

  @Test
  void aReportOnADeletedRecordIsNotFoundAndAnEmptyOneIsRefused() {
    Map<String, Object> person = new HashMap<>();
    person.put("id", "test-leaving-person");
    person.put("givenName", "Test");
    person.put("familyName", "Leaving");
    person.put("organization", Map.of("id", "iom-chile"));
    person.put("visibility", "internal");
    client.toBlocking().exchange(HttpRequest.POST("/api/people", person));
    client.toBlocking().exchange(HttpRequest.DELETE("/api/people/test-leaving-person?version=1"));

    HttpClientResponseException gone =
        refusal(
            HttpRequest.POST("/api/people/test-leaving-person/reports", Map.of("what", "Left.")));
    assertEquals(HttpStatus.NOT_FOUND, gone.getStatus());
    assertTrue(body(gone).contains("test-leaving-person"), body(gone));

    HttpClientResponseException empty =
        refusal(HttpRequest.POST("/api/people/norberto-giron/reports", Map.of("what", " ")));
    assertEquals(HttpStatus.BAD_REQUEST, empty.getStatus());
    assertTrue(body(empty).contains("\"field\":\"what\""), body(empty));
  }

  @Test
  void theRecordPageOffersReportOutdatedAndNamesItsStewards() {
    String page = html("/people/norberto-giron", VIEWER);
    assertTrue(page.contains("action=\"/people/norberto-giron/report\""), page);
    assertTrue(page.contains("Stewards: " + EDITOR), page);

    Map<String, String> form = new HashMap<>();
    form.put("what", "He has a new desk phone.");
    HttpResponse<String> after =
        client
            .toBlocking()
            .exchange(
                as(
                    VIEWER,
                    HttpRequest.POST("/people/norberto-giron/report", form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .accept(MediaType.TEXT_HTML)),
                String.class);

    assertEquals(HttpStatus.OK, after.getStatus(), "the redirect leads back to the page");
    assertTrue(after.body().contains("Reported outdated: 1 waiting"), after.body());
    String queue = html("/queue", EDITOR);
    assertTrue(queue.contains("He has a new desk phone."), queue);
    assertTrue(queue.contains("href=\"/people/norberto-giron\""), queue);
  }

  @Test
  void anyoneReportsAPressContactFromThePressPageAndNothingElse() {
    String press = html("/press", "public");
    assertTrue(press.contains("action=\"/press/report\""), press);

    HttpResponse<String> sent =
        pressReport("sebastian-mathews", "The phone number is out of date.", "");
    assertEquals(HttpStatus.OK, sent.getStatus());
    assertTrue(sent.body().contains("Thank you"), sent.body());
    List<Map> reports = reports("/api/people/sebastian-mathews/reports");
    assertEquals("public", ((Map<?, ?>) reports.get(reports.size() - 1)).get("reportedBy"));

    HttpClientResponseException notShown =
        assertThrows(
            HttpClientResponseException.class, () -> pressReport("norberto-giron", "Wrong.", ""));
    assertEquals(HttpStatus.NOT_FOUND, notShown.getStatus(), "not a press contact of the page");
    HttpClientResponseException robot =
        assertThrows(
            HttpClientResponseException.class,
            () -> pressReport("sebastian-mathews", "Buy now.", "https://spam.example.org"));
    assertEquals(HttpStatus.BAD_REQUEST, robot.getStatus());
    HttpClientResponseException empty =
        assertThrows(
            HttpClientResponseException.class, () -> pressReport("sebastian-mathews", "", ""));
    assertEquals(HttpStatus.BAD_REQUEST, empty.getStatus());
    assertTrue(body(empty).contains("say what is out of date"), body(empty));
  }

  @Test
  void aRecordNamesAnEditorAsItsStewardWithoutANewVersion() {
    Object version = get("/api/organizations/lshtm").get("version");
    Map<?, ?> named =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.PUT("/api/organizations/lshtm/steward", Map.of("steward", EDITOR)),
                Map.class);
    assertEquals(List.of(EDITOR), named.get("stewards"));
    assertEquals(true, named.get("stewardAssigned"));
    assertEquals(version, get("/api/organizations/lshtm").get("version"));

    HttpClientResponseException viewer =
        refusal(HttpRequest.PUT("/api/organizations/lshtm/steward", Map.of("steward", VIEWER)));
    assertEquals(HttpStatus.BAD_REQUEST, viewer.getStatus());
    assertTrue(body(viewer).contains("\"field\":\"steward\""), body(viewer));
    assertEquals(
        HttpStatus.FORBIDDEN,
        refusal(
                as(
                    VIEWER,
                    HttpRequest.PUT("/api/organizations/lshtm/steward", Map.of("steward", EDITOR))))
            .getStatus());
    client
        .toBlocking()
        .exchange(HttpRequest.PUT("/api/organizations/lshtm/steward", Map.of("steward", "")));
  }

  @Test
  void anAccountBelongsOnlyToAMissionOfficeAndARefusedChangeLeavesItAsItWas() {
    HttpClientResponseException notAnOffice =
        refusal(HttpRequest.PUT("/api/accounts/" + EDITOR, Map.of("office", "minsal")));
    assertEquals(HttpStatus.BAD_REQUEST, notAnOffice.getStatus());
    assertTrue(body(notAnOffice).contains("\"field\":\"office\""), body(notAnOffice));

    assertEquals(
        HttpStatus.BAD_REQUEST,
        refusal(
                HttpRequest.PUT(
                    "/api/accounts/" + EDITOR, Map.of("office", "", "email", "not an address")))
            .getStatus());
    Map<?, ?> account =
        client.toBlocking().retrieve(HttpRequest.GET("/api/accounts/" + EDITOR), Map.class);
    assertEquals("iom-chile", account.get("office"), "nothing half-written");
  }

  @Test
  void theWeeklyDigestGoesOnceToAStewardWithSomethingToDo() {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/positions/iom-chile-press-contact/reports",
                Map.of("what", "The mailbox is no longer read.")));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    digestMail.send(today);
    List<OutboxMessage> toEditor = digestsTo("chile-editor@example.org");
    assertEquals(1, toEditor.size());
    assertTrue(
        toEditor.get(0).body().contains("The mailbox is no longer read."), toEditor.get(0).body());
    assertTrue(toEditor.get(0).body().contains("/queue"), toEditor.get(0).body());

    assertEquals(0, digestMail.send(today), "already sent this week");
    assertEquals(1, digestsTo("chile-editor@example.org").size(), "one a week");
  }

  private List<OutboxMessage> digestsTo(String address) {
    return outbox.due(Instant.now().plusSeconds(3600), 1000).stream()
        .filter(m -> address.equals(m.recipient()) && m.inquiryId() == null)
        .toList();
  }

  private HttpResponse<String> pressReport(String contact, String what, String trap) {
    Map<String, String> form = new HashMap<>();
    form.put("contact", contact);
    form.put("what", what);
    form.put("website", trap);
    return client
        .toBlocking()
        .exchange(
            as(
                "public",
                HttpRequest.POST("/press/report", form)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.TEXT_HTML)),
            String.class);
  }

  private List<String> queuedReports(String steward) {
    Map<?, ?> queue =
        client.toBlocking().retrieve(as(steward, HttpRequest.GET("/api/queue")), Map.class);
    return ((List<?>) queue.get("reports"))
        .stream().map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) r).get("record")).get("id")).toList();
  }

  private List<Map> reports(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Argument.listOf(Map.class));
  }

  private Map<?, ?> freshness(String path) {
    return (Map<?, ?>) get(path).get("freshness");
  }

  private Map<?, ?> get(String path) {
    return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
  }

  private String html(String path, String as) {
    return client.toBlocking().retrieve(as(as, HttpRequest.GET(path).accept(MediaType.TEXT_HTML)));
  }

  private static <T> MutableHttpRequest<T> as(String account, MutableHttpRequest<T> request) {
    return request.header(SignedInTestClient.AS, account);
  }

  /** The answer to a request that is refused. */
  private HttpClientResponseException refusal(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> client.toBlocking().exchange(request));
  }

  private static String body(HttpClientResponseException e) {
    return e.getResponse().getBody(String.class).orElse("");
  }
}
