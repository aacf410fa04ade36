package dev.directory.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The HTML pages, read as a browser gets them (the browser tests drive them in Chromium). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest implements TemporaryHome {

  /** What Chromium sends for a page. */
  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject People people;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void showsTheMinistryOfHealthWithItsAcronymMarkedAndTheCountryTicked() {
    String page = page("/?q=minsal&country=CL");

    assertTrue(page.contains("<a href=\"/organizations/minsal\">Ministry of Health</a>"), page);
    assertTrue(page.contains("<mark>MINSAL</mark>"), page);
    assertTrue(page.contains("name=\"country\" value=\"CL\" checked"), page);
    assertTrue(page.contains("1 result"), page);
  }

  @Test
  void givesTheSearchPageAHeadingADescriptionAndAnIcon() {
    String page = page("/");

    assertTrue(page.contains("<h1 class=\"visually-hidden\">Search the directory</h1>"), page);
    assertTrue(page.contains("<meta name=\"description\" content=\""), page);
    assertTrue(page.contains("<link rel=\"icon\" href=\"/static/favicon.svg\""), page);
  }

  @Test
  void nestsRegionsAndCitiesUnderTheirCountry() {
    String page = page("/");

    int chile = page.indexOf("value=\"CL\"");
    int region = page.indexOf("value=\"Región de Arica y Parinacota\"");
    int city = page.indexOf("value=\"Arica\"");
    assertTrue(chile > 0 && chile < region && region < city, page);
    String between = page.substring(chile, city);
    assertTrue(between.contains("<ul class=\"options\">"), "regions are a list inside Chile");
  }

  @Test
  void escapesWhatWasTypedEverywhereItIsShown() {
    String page = page("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

    assertFalse(page.contains("<script>alert(1)</script>"), page);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
  }

  @Test
  void offersASpellingAndTheRelaxedCountWhenNothingMatches() {
    String page = page("/?q=zzqx&country=CL");

    assertTrue(page.contains("Nothing matched"), page);
    assertTrue(page.contains("Without the country filter (CL)"), page);
  }

  @Test
  void pagesThroughResultsWithLinksThatKeepTheSearch() {
    String page = page("/?country=CL&size=5&page=2");

    assertTrue(page.contains("<ol class=\"hits\" start=\"6\">"), page);
    assertTrue(page.contains("href=\"/?country=CL&amp;size=5\""), "back to page 1: " + page);
    assertTrue(page.contains("aria-current=\"page\" href=\"/?country=CL&amp;page=2&amp;size=5\""));
  }

  @Test
  void showsTheRefusedParameterOnTheSearchPageWithA400() {
    HttpClientResponseException refused = assertThrowsStatus(HttpStatus.BAD_REQUEST, "/?size=500");

    String page = refused.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("size: 500 is out of range; give 1 to 100"), page);
  }

  @Test
  void showsTheBreadcrumbOfADepartment() {
    String page = page("/organizations/department-for-foreigners-and-migration");

    assertTrue(
        page.replaceAll("\\s+", " ")
            .contains(
                "<li><a href=\"/organizations/ministry-of-internal-affairs\">Ministry of Internal"
                    + " Affairs</a></li> <li aria-current=\"page\">Department for Foreigners and"
                    + " Migration</li>"),
        page);
    assertTrue(page.contains("Training of health officials"), "its engagement: " + page);
  }

  @Test
  void listsTheDepartmentsAndPeopleOfAnOrganisation() {
    String ministry = page("/organizations/ministry-of-internal-affairs");
    String office = page("/organizations/iom-chile");

    assertTrue(ministry.contains("/organizations/public-security-division"), ministry);
    assertTrue(office.contains("<a href=\"/people/norberto-giron\">Norberto Girón</a>"), office);
    assertTrue(office.replaceAll("\\s+", " ").contains("Answers for</dt> <dd>Chile</dd>"), office);
  }

  @Test
  void givesAPersonWritableLinksAndTheirVCardButNoCallToANumberNotValidAsWritten() {
    String page = page("/people/sebastian-mathews");

    assertTrue(page.contains("<span class=\"number\">+56 02 9633710</span>"), page);
    assertFalse(page.contains("href=\"tel:"), "no link that may ring nobody: " + page);
    assertTrue(page.contains("href=\"mailto:iomsantiagopress@iom.int\""), page);
    assertTrue(page.contains("href=\"/api/people/sebastian-mathews/vcard\""), page);
    assertTrue(page.contains("Not a valid number as written"), "the flag on the phone: " + page);
  }

  @Test
  void showsAPositionWithItsMailboxWhoHoldsItAndWhoHeldItOnADay() {
    String page = page("/positions/iom-chile-press-contact").replaceAll("\\s+", " ");

    assertTrue(page.contains("<h1>Press contact, IOM Chile</h1>"), page);
    assertTrue(page.contains("href=\"mailto:iomsantiagopress@iom.int\""), page);
    assertTrue(page.contains("<a href=\"/people/sebastian-mathews\">Sebastián Mathews</a>"), page);
    assertTrue(page.contains("Someone leaves"), "an admin may end the holding: " + page);
    assertTrue(
        page("/people/sebastian-mathews").contains("href=\"/positions/iom-chile-press-contact\""),
        "the person's page lists the position");
    assertThrowsStatus(HttpStatus.BAD_REQUEST, "/positions/iom-chile-press-contact?at=someday");
    assertThrowsStatus(HttpStatus.NOT_FOUND, "/positions/test-no-such-position");
  }

  @Test
  void listsMissionOfficesWithCoverageAndPressContact() {
    String page = page("/offices");

    assertTrue(page.contains("<a href=\"/organizations/iom-chile\">IOM Chile</a>"), page);
    assertTrue(page.contains("every country"), "headquarters' coverage: " + page);
    assertTrue(page.contains("/people/sebastian-mathews"), page);
  }

  @Test
  void showsJournalistsOnlyPublicPressContacts() {
    assertTrue(page("/press").contains("mailto:iomsantiagopress@iom.int"));
    Person mathews = people.find("sebastian-mathews").orElseThrow();
    save(withVisibility(mathews, Visibility.INTERNAL));
    try {
      assertFalse(page("/press").contains("Mathews"), "internal: not for the public");
      assertTrue(page("/offices").contains("Mathews"), "staff still see their press contact");
    } finally {
      save(mathews);
    }
  }

  @Test
  void answersAnUnknownRecordWithAPageThatSaysSo() {
    HttpClientResponseException missing =
        assertThrowsStatus(HttpStatus.NOT_FOUND, "/people/nobody");

    assertEquals(
        "text/html;charset=utf-8", missing.getResponse().getContentType().orElseThrow().toString());
    assertTrue(
        missing.getResponse().getBody(String.class).orElseThrow().contains("No person has the id"));
  }

  @Test
  void answersAnUnknownAddressWithAPageButTheApiWithJson() {
    HttpClientResponseException page = assertThrowsStatus(HttpStatus.NOT_FOUND, "/nowhere");
    HttpClientResponseException api =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().retrieve("/api/organizations/nowhere"));

    assertTrue(
        page.getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("There is no page at /nowhere"));
    assertEquals(
        "{\"message\":\"No organisation has the id “nowhere”.\",\"code\":\"not_found\","
            + "\"problems\":[]}",
        api.getResponse().getBody(String.class).orElseThrow());
  }

  @Test
  void forbidsInlineScriptFramingAndSniffingOnEveryPage() {
    HttpResponse<String> response =
        client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

    String policy = response.header("Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
    assertEquals("same-origin", response.header("Referrer-Policy"));
    assertFalse(response.body().contains("<script>"), "no inline script");
  }

  @Test
  void servesItsOwnScriptAndStylesheet() {
    assertEquals(HttpStatus.OK, client.toBlocking().exchange("/static/directory.js").status());
    assertEquals(HttpStatus.OK, client.toBlocking().exchange("/static/directory.css").status());
  }

  private void save(Person person) {
    transactions.executeWrite(status -> people.save(person));
  }

  private static Person withVisibility(Person p, Visibility visibility) {
    return new Person(
        p.id(),
        p.givenName(),
        p.familyName(),
        p.jobTitle(),
        p.organizationId(),
        p.roles(),
        p.emails(),
        p.phones(),
        p.languages(),
        p.topicIds(),
        p.pressContact(),
        visibility,
        p.notes());
  }

  private String page(String uri) {
    return client.toBlocking().retrieve(HttpRequest.GET(uri).accept(BROWSER_ACCEPT));
  }

  private HttpClientResponseException assertThrowsStatus(HttpStatus status, String uri) {
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> page(uri));
    assertEquals(status, e.getStatus());
    return e;
  }
}
