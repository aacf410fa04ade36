package dev.directory.web.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.inquiry.Inquiries;
import dev.directory.core.inquiry.InquiryStatus;
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
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The inquiry form on /press and the staff's queue, as a browser without JavaScript uses them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryPagesTest implements TemporaryHome {

  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static final Pattern REFERENCE = Pattern.compile("INQ-[0-9A-Z]{8}");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Inquiries inquiries;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("directory.inquiries.rate-limit-per-minute", "1000"));
  }

  @Test
  void elidesTheWordBeforeTheOfficesNameInFrench() {
    String page =
        post("/press?lang=fr", form("Talleres en Santiago", "¿Podrían darnos datos?")).body();

    assertTrue(page.contains("contact presse d’<strong>IOM Chile</strong>"), page);
  }

  @Test
  void confirmsWhomTheInquiryWentToWithItsReferenceAndReasons() {
    String page = post("/press", form("Talleres en Santiago", "¿Podrían darnos datos?")).body();

    assertTrue(page.contains("Your inquiry was sent"), page);
    assertTrue(REFERENCE.matcher(page).find(), page);
    assertTrue(
        page.contains(
            "It went to <strong>Sebastián Mathews</strong>, press contact of <strong>IOM"
                + " Chile</strong>."),
        page);
    assertTrue(page.contains("href=\"mailto:iomsantiagopress@iom.int\""), page);
    assertTrue(page.contains("<li>IOM Chile answers for Chile.</li>"), page);
  }

  @Test
  void marksEachWrongFieldAndKeepsWhatWasTypedAndStoresNothing() {
    long before = inquiries.count(null, null);
    Map<String, String> form = form("", "Hello <b>there</b>");
    form.put("email", "ana@");
    form.put("country", "CL");

    HttpClientResponseException refused =
        assertThrows(HttpClientResponseException.class, () -> post("/press", form));

    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    String page = refused.getResponse().getBody(String.class).orElseThrow();
    assertTrue(
        page.contains("<p class=\"field-error\" id=\"subject-problem\">Give a subject.</p>"), page);
    assertTrue(page.contains("“ana@” is not an e-mail address"), page);
    assertTrue(page.contains("value=\"ana@\""), page);
    assertTrue(page.contains("<option value=\"CL\" selected>Chile</option>"), page);
    assertTrue(page.contains("Hello &lt;b&gt;there&lt;/b&gt;</textarea>"), page);
    assertEquals(before, inquiries.count(null, null));
  }

  @Test
  void hidesTheRobotTrapFromPeople() {
    String page = client.toBlocking().retrieve(HttpRequest.GET("/press").accept(BROWSER_ACCEPT));

    assertTrue(page.contains("<div class=\"trap\" aria-hidden=\"true\">"), page);
    assertTrue(
        page.contains("<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\""),
        page);
  }

  @Test
  void listsTheInquiryInTheQueueAndKeepsAStaffChange() {
    String confirmation = post("/press", form("Interview about MINSAL", "Hello.")).body();
    Matcher reference = REFERENCE.matcher(confirmation);
    assertTrue(reference.find());
    String id = reference.group();

    assertTrue(
        page("/inquiries?status=new")
            .contains("<a href=\"/inquiries/" + id + "\">Interview about MINSAL</a>"));

    Map<String, String> change = Map.of("status", "answered", "note", "Called back");
    HttpResponse<String> redirect =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST("/inquiries/" + id, change)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(BROWSER_ACCEPT),
                String.class);
    assertEquals(HttpStatus.OK, redirect.getStatus(), "the redirect leads back to the inquiry");
    assertEquals(InquiryStatus.ANSWERED, inquiries.find(id).orElseThrow().status());
    String page = page("/inquiries/" + id);
    assertTrue(page.contains("status → answered"), page);
    assertTrue(page.contains("<p class=\"note\">Called back</p>"), page);
    assertTrue(page.contains("kept: no mail server is configured"), page);
    assertFalse(page("/inquiries?status=new").contains(id));
  }

  @Test
  void answersAnUnknownInquiryWithAPageThatSaysSo() {
    HttpClientResponseException missing =
        assertThrows(HttpClientResponseException.class, () -> page("/inquiries/INQ-NOTHERE"));

    assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    assertTrue(
        missing
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("No inquiry has the reference"));
  }

  private static Map<String, String> form(String subject, String message) {
    Map<String, String> form = new HashMap<>();
    form.put("name", "Ana Reporter");
    form.put("outlet", "");
    form.put("email", "ana@example.org");
    form.put("country", "");
    form.put("subject", subject);
    form.put("message", message);
    form.put("website", "");
    return form;
  }

  private HttpResponse<String> post(String uri, Map<String, String> form) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.POST(uri, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(BROWSER_ACCEPT),
            String.class);
  }

  private String page(String uri) {
    return client.toBlocking().retrieve(HttpRequest.GET(uri).accept(BROWSER_ACCEPT));
  }
}
