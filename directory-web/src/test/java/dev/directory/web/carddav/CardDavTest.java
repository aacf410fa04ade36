package dev.directory.web.carddav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The address books as a CardDAV client reads them: discovery, listing, the reports, sync tokens
 * that answer only what changed, and writes refused. The seed has 17 records, one of them a press
 * contact.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardDavTest implements TemporaryHome {

  private static final String DIRECTORY = "/dav/books/admin/directory/";
  private static final String PRESS = "/dav/books/admin/press/";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  private DavClient dav;

  @BeforeAll
  void connect() {
    dav = new DavClient(URI.create(server.getURL().toString()), "admin");
  }

  @Test
  void leadsAClientFromTheWellKnownAddressToTheSignedInMembersBooks() throws IOException {
    DavClient.Answer wellKnown =
        new DavClient(server.getURI(), null).send("GET", "/.well-known/carddav", null);
    assertEquals(301, wellKnown.status());

    DavClient.Answer root = dav.propfind("/dav/", "0", "d:current-user-principal");
    assertEquals(207, root.status(), root.body());
    assertEquals(List.of("/dav/", "/dav/principals/admin/"), root.all("href"));

    DavClient.Answer principal =
        dav.propfind("/dav/principals/admin/", "0", "card:addressbook-home-set");
    assertTrue(principal.body().contains("/dav/books/admin/"), principal.body());

    DavClient.Answer home =
        dav.propfind("/dav/books/admin/", "1", "d:displayname", "d:sync-token", "cs:getctag");
    assertEquals(List.of("/dav/books/admin/", DIRECTORY, PRESS), home.all("href"), home.body());
    assertTrue(home.all("displayname").containsAll(List.of("Directory", "Press contacts")));
    assertEquals(2, home.all("sync-token").size(), home.body());
  }

  @Test
  void asksAClientThatDidNotSignInForBasic() throws IOException {
    DavClient.Answer answer = new DavClient(server.getURI(), null).propfind("/dav/", "0");
    assertEquals(401, answer.status());
  }

  @Test
  void listsEveryRecordOfTheDirectoryWithAnETagThatItsCardAnswersWith() throws IOException {
    DavClient.Answer listing = dav.propfind(DIRECTORY, "1", "d:getetag");
    List<String> cards = listing.all("href").stream().filter(h -> h.endsWith(".vcf")).toList();
    assertEquals(17, cards.size(), listing.body());
    assertTrue(cards.contains(DIRECTORY + "person.norberto-giron.vcf"));

    DavClient.Answer card = dav.send("GET", DIRECTORY + "person.norberto-giron.vcf", null);
    assertEquals(200, card.status());
    assertTrue(card.body().startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card.body());
    assertTrue(card.body().contains("FN:Norberto Girón"), card.body());
    assertTrue(listing.body().contains("<d:getetag>" + card.etag() + "</d:getetag>"));
    assertEquals(
        304,
        dav.send("GET", DIRECTORY + "person.norberto-giron.vcf", null, "If-None-Match", card.etag())
            .status());
  }

  @Test
  void givesVCard30ToAClientThatAsksForItByAddress() throws IOException {
    DavClient.Answer answer =
        dav.send(
            "REPORT",
            DIRECTORY,
            "<card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                + "<d:prop><d:getetag/><card:address-data version=\"3.0\"/></d:prop>"
                + "<d:href>"
                + DIRECTORY
                + "person.sebastian-mathews.vcf</d:href>"
                + "<d:href>"
                + DIRECTORY
                + "person.nobody-at-all.vcf</d:href>"
                + "</card:addressbook-multiget>");
    assertEquals(207, answer.status(), answer.body());
    assertTrue(answer.body().contains("VERSION:3.0"), answer.body());
    assertTrue(answer.body().contains("FN:Sebastián Mathews"), answer.body());
    assertTrue(answer.all("status").contains("HTTP/1.1 404 Not Found"), "the unknown card");
  }

  @Test
  void findsTheCardsWhoseNameContainsWhatAQueryAsks() throws IOException {
    DavClient.Answer answer =
        dav.send(
            "REPORT",
            DIRECTORY,
            "<card:addressbook-query xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                + "<d:prop><d:getetag/></d:prop><card:filter><card:prop-filter name=\"FN\">"
                + "<card:text-match match-type=\"contains\">municipal services</card:text-match>"
                + "</card:prop-filter></card:filter></card:addressbook-query>");
    assertEquals(207, answer.status(), answer.body());
    assertEquals(4, answer.all("href").size(), answer.body());
    assertTrue(
        answer.all("href").stream().allMatch(h -> h.contains("organization.municipal-services")));
  }

  @Test
  void aSyncFromItsTokenBringsExactlyTheEditedPersonAndThePositionTheyHold() throws Exception {
    String token = tokenOf(dav.sync(DIRECTORY, ""));
    retitle("norberto-giron", "Head of the synchronised office");
    String later = waitForNewToken(DIRECTORY, token);

    DavClient.Answer changes = dav.sync(DIRECTORY, token);
    assertEquals(207, changes.status(), changes.body());
    assertEquals(
        List.of(
            DIRECTORY + "person.norberto-giron.vcf",
            DIRECTORY + "position.iom-chile-chief-of-mission.vcf"),
        changes.all("href").stream().sorted().toList(),
        changes.body());
    assertEquals(List.of(later), changes.all("sync-token"));
    assertEquals(List.of(), dav.sync(DIRECTORY, later).all("href"), "nothing since");
  }

  @Test
  void aPersonNoLongerAPressContactLeavesThePressBookAtTheNextSync() throws Exception {
    setPressContact("maria-elena-santos", true);
    String token = waitForNewToken(PRESS, tokenOf(dav.sync(PRESS, "")));
    assertTrue(dav.sync(PRESS, "").all("href").contains(PRESS + "person.maria-elena-santos.vcf"));

    setPressContact("maria-elena-santos", false);
    waitForNewToken(PRESS, token);
    DavClient.Answer changes = dav.sync(PRESS, token);
    assertEquals(List.of(PRESS + "person.maria-elena-santos.vcf"), changes.all("href"));
    assertEquals(List.of("HTTP/1.1 404 Not Found"), changes.all("status"), changes.body());
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAccountThatSignsInThroughTheOrganisationSyncsWithAnAppPasswordUntilItIsRevoked()
      throws IOException {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/accounts",
                Map.of(
                    "username", "phone-test-viewer",
                    "displayName", "Phone Test Viewer",
                    "email", "phone-test-viewer@example.org",
                    "role", "viewer")));
    Map<String, Object> issued =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/accounts/phone-test-viewer/tokens", Map.of("name", "Test phone")),
                Map.class);
    DavClient phone =
        new DavClient(server.getURI(), "phone-test-viewer", (String) issued.get("secret"));

    DavClient.Answer books = phone.propfind("/dav/books/phone-test-viewer/", "1", "d:displayname");
    assertEquals(207, books.status(), books.body());
    assertTrue(books.all("displayname").contains("Press contacts"), books.body());
    assertEquals(
        401,
        new DavClient(server.getURI(), "admin", (String) issued.get("secret"))
            .propfind("/dav/", "0")
            .status(),
        "the token is the password of its own account only");

    client
        .toBlocking()
        .exchange(HttpRequest.DELETE("/api/accounts/phone-test-viewer/tokens/" + issued.get("id")));
    assertEquals(401, phone.propfind("/dav/books/phone-test-viewer/", "1").status());
  }

  @Test
  void refusesATokenItDidNotGive() throws IOException {
    DavClient.Answer answer = dav.sync(DIRECTORY, "urn:x-directory:sync:another-database:3");
    assertEquals(403, answer.status());
    assertTrue(answer.body().contains("valid-sync-token"), answer.body());
  }

  @Test
  void refusesEveryWriteInPlainWords() throws IOException {
    for (String method : List.of("PUT", "DELETE", "MKCOL", "PROPPATCH")) {
      DavClient.Answer answer = dav.send(method, DIRECTORY + "person.norberto-giron.vcf", null);
      assertEquals(403, answer.status(), method);
      assertTrue(answer.body().contains("read-only"), answer.body());
    }
  }

  @Test
  void showsNobodyAnotherMembersBooks() throws IOException {
    assertEquals(404, dav.propfind("/dav/books/someone-else/", "1").status());
    assertEquals(404, dav.propfind("/dav/books/admin/no-such-book/", "0").status());
  }

  @Test
  void saysWhatIsWrongWithABodyThatIsNotXml() throws IOException {
    DavClient.Answer answer = dav.send("REPORT", DIRECTORY, "<d:sync-collection");
    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("not well-formed XML"), answer.body());
    assertFalse(
        dav.send(
                "REPORT",
                DIRECTORY,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
            .body()
            .contains("root:"),
        "no entity is expanded");
  }

  private static String tokenOf(DavClient.Answer answer) {
    List<String> tokens = answer.all("sync-token");
    assertEquals(1, tokens.size(), answer.body());
    return tokens.get(0);
  }

  /** The book's token once the search index has taken in a change made after {@code before}. */
  private String waitForNewToken(String book, String before) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<String> tokens = dav.propfind(book, "0", "d:sync-token").all("sync-token");
      if (!tokens.isEmpty() && !tokens.get(0).equals(before)) {
        return tokens.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the index did not take the change in");
  }

  @SuppressWarnings("unchecked")
  private void retitle(String id, String title) {
    Map<String, Object> person = client.toBlocking().retrieve("/api/people/" + id, Map.class);
    person.put("title", title);
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/" + id, person));
  }

  @SuppressWarnings("unchecked")
  private void setPressContact(String id, boolean press) {
    Map<String, Object> person = client.toBlocking().retrieve("/api/people/" + id, Map.class);
    person.put("pressContact", press);
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/" + id, person));
  }
}
