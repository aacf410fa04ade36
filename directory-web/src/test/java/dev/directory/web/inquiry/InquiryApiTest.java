package dev.directory.web.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The inquiry API on the seed, with a real SMTP server (GreenMail) taking the e-mails. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryApiTest implements TemporaryHome {

  private final GreenMail mailServer = MailServers.start();

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> settings = new HashMap<>(MailServers.settings(mailServer));
    settings.put("directory.inquiries.rate-limit-per-minute", "1000");
    return homeAnd(settings);
  }

  @AfterAll
  void stopTheMailServer() {
    mailServer.stop();
  }

  @Test
  void routesAnInquiryAboutChileToIomChilesPressContactAndMailsThem() throws Exception {
    HttpResponse<Map> response =
        post(inquiry("Request for comment on the new migration law in Chile", null));

    assertEquals(HttpStatus.CREATED, response.getStatus());
    Map<String, Object> receipt = response.body();
    assertEquals(Map.of("id", "iom-chile", "name", "IOM Chile"), receipt.get("office"));
    assertEquals(
        Map.of(
            "id", "sebastian-mathews",
            "name", "Sebastián Mathews",
            "email", "iomsantiagopress@iom.int",
            "phone", "+56 02 9633710"),
        receipt.get("contact"));
    assertEquals(
        List.of(
            "“Chile” is Chile.",
            "IOM Chile answers for Chile.",
            "Sebastián Mathews is its press contact."),
        receipt.get("reasons"));

    MimeMessage mail =
        MailServers.await(
            mailServer,
            "Press inquiry "
                + receipt.get("id")
                + ": Request for comment on the new migration law in Chile");
    assertEquals("iomsantiagopress@iom.int", mail.getAllRecipients()[0].toString());
    assertEquals("ana@example.org", ((InternetAddress) mail.getReplyTo()[0]).getAddress());
    assertTrue(((String) mail.getContent()).contains("- IOM Chile answers for Chile."));
  }

  @Test
  void storesTheInquiryWithItsReasonsBeforeAnswering() {
    Map<String, Object> receipt =
        post(inquiry("Talleres en Arica", "Quisiéramos datos sobre los talleres.")).body();

    Map<String, Object> stored = get("/api/inquiries/" + receipt.get("id"));
    Map<String, Object> summary = summary(stored);
    assertEquals("new", summary.get("status"));
    assertEquals("es", summary.get("language"));
    assertEquals("iom-chile", ((Map<?, ?>) summary.get("office")).get("id"));
    assertEquals(receipt.get("reasons"), stored.get("reasons"));
    assertEquals(
        "“Arica” is a city in Chile, known from Municipal Services of Arica.",
        ((List<?>) stored.get("reasons")).get(0));
    List<Map<String, Object>> history = list(stored.get("history"));
    assertEquals(List.of("received"), history.stream().map(s -> s.get("kind")).toList());
  }

  @Test
  void givesStaffTheReasonsOfAStoredInquiryInTheLanguageTheyAskFor() {
    Map<String, Object> receipt =
        post(inquiry("Talleres en Arica", "Quisiéramos datos sobre los talleres.")).body();

    Map<String, Object> inFrench =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/inquiries/" + receipt.get("id"))
                    .header("Accept-Language", "fr"),
                Map.class);

    assertEquals(
        "«\u00a0Arica\u00a0»\u00a0: ville, Chili, connue par Municipal Services of Arica.",
        ((List<?>) inFrench.get("reasons")).get(0));
  }

  @Test
  void sendsWhatPointsNowhereToHeadquartersAndKeepsTheUnaddressedMail() {
    Map<String, Object> receipt =
        post(inquiry("Question about a project in Ruritania", "Could you tell us more?")).body();

    assertEquals(
        Map.of("id", "iom", "name", "International Organization for Migration"),
        receipt.get("office"));
    assertNull(receipt.get("contact"));
    assertEquals(
        List.of(
            "No country, place or organisation known to the directory was recognised in the"
                + " inquiry.",
            "Headquarters, International Organization for Migration, answers what points at no"
                + " country.",
            "International Organization for Migration names no public press contact; the inquiry"
                + " waits in its queue for staff to answer."),
        receipt.get("reasons"));
    Map<String, Object> email =
        list(get("/api/inquiries/" + receipt.get("id")).get("emails")).get(0);
    assertEquals("unaddressed", email.get("status"));
    assertNull(email.get("recipient"));
  }

  @Test
  void refusesBadFieldsSayingWhichAndStoresNothing() {
    long before = total();
    Map<String, Object> bad = new HashMap<>(inquiry("", "  "));
    bad.put("email", "not-an-address");
    bad.put("name", "x".repeat(201));
    bad.put("country", "Atlantis");

    HttpClientResponseException refused =
        assertThrows(HttpClientResponseException.class, () -> post(bad));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertEquals(
        "name: At most 200 characters, please; this has 201."
            + " email: “not-an-address” is not an e-mail address, such as name@example.org."
            + " subject: Give a subject."
            + " message: Write your message."
            + " country: “Atlantis” is neither a country code (such as CL) nor a country’s name.",
        message(refused));
    assertEquals(before, total());
  }

  @Test
  void refusesWhatARobotFilledInAndStoresNothing() {
    long before = total();
    Map<String, Object> trapped = new HashMap<>(inquiry("Chile", "Comment?"));
    trapped.put("website", "http://spam.example");

    HttpClientResponseException refused =
        assertThrows(HttpClientResponseException.class, () -> post(trapped));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    assertTrue(message(refused).startsWith("website: Leave this field empty"));
    assertEquals(before, total());
  }

  @Test
  void takesTheCountryByNameOrCode() {
    Map<String, Object> byName = new HashMap<>(inquiry("Interview request", "Hello."));
    byName.put("country", "chili");
    assertEquals(
        "The inquiry gives Chile as its country.",
        ((List<?>) post(byName).body().get("reasons")).get(0));
  }

  @Test
  void keepsEveryChangeStaffMakeInTheHistory() {
    String id = (String) post(inquiry("Interview about MINSAL", "Hello.")).body().get("id");

    patch(id, Map.of("office", "iom", "note", "A question for headquarters"));
    patch(id, Map.of("status", "answered"));
    Map<String, Object> detail = patch(id, Map.of("note", "Called back on Monday"));

    assertEquals("answered", summary(detail).get("status"));
    assertEquals("iom", ((Map<?, ?>) summary(detail).get("office")).get("id"));
    List<Map<String, Object>> history = list(detail.get("history"));
    assertEquals(
        List.of("received", "reassigned", "status", "note"),
        history.stream().map(s -> s.get("kind")).toList());
    assertEquals("assigned", history.get(1).get("status"));
    assertEquals("A question for headquarters", history.get(1).get("note"));
    assertEquals("admin", history.get(1).get("actor"));
    assertEquals("Called back on Monday", history.get(3).get("note"));
    assertEquals(2, list(detail.get("emails")).size(), "the new office is told too");
  }

  @Test
  void refusesAChangeThatNamesNoOfficeOrStatusThereIs() {
    String id = (String) post(inquiry("Chile", "Hello.")).body().get("id");

    assertEquals(
        "office: no mission office has the id “minsal”",
        message(
            assertThrows(
                HttpClientResponseException.class, () -> patch(id, Map.of("office", "minsal")))));
    assertEquals(
        "status: “done” is not a status; use one of new, assigned, answered, closed",
        message(
            assertThrows(
                HttpClientResponseException.class, () -> patch(id, Map.of("status", "done")))));
    assertEquals(
        "Nothing to change: give an office, a contact, a status or a note.",
        message(assertThrows(HttpClientResponseException.class, () -> patch(id, Map.of()))));
    assertEquals(1, list(get("/api/inquiries/" + id).get("history")).size());
    HttpClientResponseException missing =
        assertThrows(
            HttpClientResponseException.class, () -> patch("INQ-NONE", Map.of("note", "x")));
    assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
  }

  @Test
  void listsTheQueueByStatusAndOffice() {
    String id = (String) post(inquiry("Santiago", "Hello.")).body().get("id");
    patch(id, Map.of("status", "closed"));

    Map<String, Object> closed = get("/api/inquiries?status=closed&office=iom-chile");

    assertTrue(list(closed.get("inquiries")).stream().anyMatch(i -> i.get("id").equals(id)));
    assertTrue(
        list(closed.get("inquiries")).stream().allMatch(i -> i.get("status").equals("closed")));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        assertThrows(HttpClientResponseException.class, () -> get("/api/inquiries?status=open"))
            .getStatus());
  }

  private static Map<String, Object> inquiry(String subject, String message) {
    Map<String, Object> inquiry = new HashMap<>();
    inquiry.put("name", "Ana Reporter");
    inquiry.put("outlet", "A newspaper");
    inquiry.put("email", "ana@example.org");
    inquiry.put("subject", subject);
    inquiry.put("message", message == null ? "Could someone comment?" : message);
    return inquiry;
  }

  private HttpResponse<Map> post(Map<String, Object> body) {
    return client.toBlocking().exchange(HttpRequest.POST("/api/inquiries", body), Map.class);
  }

  private Map<String, Object> patch(String id, Map<String, Object> body) {
    return client.toBlocking().retrieve(HttpRequest.PATCH("/api/inquiries/" + id, body), Map.class);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String path) {
    return client.toBlocking().retrieve(path, Map.class);
  }

  private long total() {
    return ((Number) get("/api/inquiries").get("total")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> summary(Map<String, Object> detail) {
    return (Map<String, Object>) detail.get("inquiry");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static String message(HttpClientResponseException e) {
    return (String) e.getResponse().getBody(Map.class).orElseThrow().get("message");
  }
}
