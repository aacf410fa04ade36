package dev.directory.web.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Watches as a member of staff uses them: a record, an organisation with everything under it and a
 * search watched; edits, newcomers and records that go reach the watch's private Atom feed, read by
 * ROME and by Python's feedparser (Debian's {@code python3-feedparser}; skipped without it unless
 * {@code DIRECTORY_FEED_TESTS=required}, as in CI), and the daily digest e-mail.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchesTest implements TemporaryHome {

  private static final String WATCHER = "test-watcher";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject WatchFollower follower;
  @Inject WatchDigestMail digestMail;
  @Inject Outbox outbox;
  @Inject Accounts accounts;

  @BeforeAll
  void aViewerWithAnAddress() {
    accounts.create(
        WATCHER, "Test Watcher", "watcher@example.org", Role.VIEWER, ADMIN_PASSWORD, Instant.now());
  }

  @Test
  void tellsTheWatcherOfARecordWhatChangedInItsFeed() throws Exception {
    Map<String, Object> watch = watch(Map.of("record", "norberto-giron"));
    assertEquals("Norberto Girón", watch.get("label"));
    assertEquals("es", watch.get("language"), "the language of the request that made it");

    Map<String, Object> person = get("/api/people/norberto-giron");
    person.put("title", "Test title of a watched record");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/norberto-giron", person));

    SyndFeed feed = awaitFeed((String) watch.get("feed"), f -> !f.getEntries().isEmpty());
    SyndEntry entry = feed.getEntries().get(0);
    assertEquals("Norberto Girón: modificado", entry.getTitle(), "in the watcher's language");
    String content = entry.getContents().get(0).getValue();
    assertTrue(content.contains("Por admin."), content);
    assertTrue(content.contains("“Chief of Mission” → “Test title of a watched record”"), content);
    assertTrue(
        entry.getLink().matches("http://localhost:\\d+/people/norberto-giron"), entry.getLink());
    assertTrue(entry.getUri().startsWith("urn:uuid:"), entry.getUri());
  }

  @Test
  void followsAnOrganisationWithEverythingUnderItAsPeopleComeAndGo() throws Exception {
    Map<String, Object> watch = watch(Map.of("organization", "ministry-of-internal-affairs"));
    assertEquals("organization", watch.get("kind"));

    Map<String, Object> newcomer = new HashMap<>();
    newcomer.put("id", "test-watched-newcomer");
    newcomer.put("givenName", "Testa");
    newcomer.put("familyName", "Newcomer");
    newcomer.put("organization", Map.of("id", "department-for-foreigners-and-migration"));
    newcomer.put("visibility", "internal");
    client.toBlocking().exchange(HttpRequest.POST("/api/people", newcomer));
    awaitFeed((String) watch.get("feed"), f -> f.getEntries().size() == 1);
    client.toBlocking().exchange(HttpRequest.DELETE("/api/people/test-watched-newcomer?version=1"));

    SyndFeed feed = awaitFeed((String) watch.get("feed"), f -> f.getEntries().size() == 2);
    assertEquals(
        List.of("Testa Newcomer: eliminado", "Testa Newcomer: nuevo"),
        feed.getEntries().stream().map(SyndEntry::getTitle).toList(),
        "the newest first");
  }

  @Test
  void followsASearchAsRecordsStartAndStopMatchingIt() throws Exception {
    Map<String, Object> watch = watch(Map.of("search", "q=watchable"));
    Map<String, Object> person = get("/api/people/sebastian-mathews");
    person.put("title", "Watchable press officer");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/sebastian-mathews", person));
    awaitFeed((String) watch.get("feed"), f -> f.getEntries().size() == 1);

    person = get("/api/people/sebastian-mathews");
    person.put("title", "Press officer");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/sebastian-mathews", person));

    SyndFeed feed = awaitFeed((String) watch.get("feed"), f -> f.getEntries().size() == 2);
    assertEquals(
        List.of("Sebastián Mathews: ya no está aquí", "Sebastián Mathews: nuevo aquí"),
        feed.getEntries().stream().map(SyndEntry::getTitle).toList());
  }

  @Test
  void tellsTheWatcherOfAReportOfTheRecord() throws Exception {
    Map<String, Object> watch = watch(Map.of("record", "department-for-foreigners-and-migration"));
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/organizations/department-for-foreigners-and-migration/reports",
                Map.of("what", "Test: its address changed.")));

    SyndFeed feed = awaitFeed((String) watch.get("feed"), f -> !f.getEntries().isEmpty());
    SyndEntry entry = feed.getEntries().get(0);
    assertEquals(
        "Department for Foreigners and Migration: señalado como desactualizado", entry.getTitle());
    assertTrue(
        entry.getContents().get(0).getValue().contains("“Test: its address changed.”"),
        entry.getContents().get(0).getValue());
  }

  @Test
  void givesAFeedANewAddressAndTheOldOneAnswersNoMore() throws Exception {
    Map<String, Object> watch = watch(Map.of("record", "iom-chile"));
    String old = (String) watch.get("feed");
    assertEquals(HttpStatus.OK, feedStatus(old));

    Map<?, ?> renewed =
        client
            .toBlocking()
            .retrieve(
                as(WATCHER, HttpRequest.POST("/api/watches/" + watch.get("id") + "/feed", "")),
                Map.class);

    assertEquals(HttpStatus.NOT_FOUND, feedStatus(old));
    assertEquals(HttpStatus.OK, feedStatus((String) renewed.get("feed")));
  }

  @Test
  void keepsEachMembersWatchesTheirOwn() {
    Map<String, Object> watch = watch(Map.of("record", "lshtm"));
    List<?> admins =
        client.toBlocking().retrieve(HttpRequest.GET("/api/watches"), Argument.listOf(Map.class));
    assertTrue(admins.stream().noneMatch(w -> ((Map<?, ?>) w).get("id").equals(watch.get("id"))));
    HttpClientResponseException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(HttpRequest.DELETE("/api/watches/" + watch.get("id"))));
    assertEquals(HttpStatus.NOT_FOUND, refused.getStatus());
    List<?> theirs =
        client
            .toBlocking()
            .retrieve(as(WATCHER, HttpRequest.GET("/api/watches")), Argument.listOf(Map.class));
    assertTrue(theirs.stream().anyMatch(w -> ((Map<?, ?>) w).get("id").equals(watch.get("id"))));
    assertTrue(
        theirs.stream().allMatch(w -> ((Map<?, ?>) w).get("feed") == null),
        "a feed's address is shown once");
  }

  @Test
  void refusesAWatchOfNothingOfTwoThingsOrOfARecordNoOneHas() {
    assertEquals(
        "Say what to watch: “record” (an id), “organization” (an id) or “search” (a query string).",
        refused(Map.of(), HttpStatus.BAD_REQUEST));
    assertEquals(
        "Say what to watch: “record” (an id), “organization” (an id) or “search” (a query string).",
        refused(Map.of("record", "lshtm", "search", "q=health"), HttpStatus.BAD_REQUEST));
    assertEquals(
        "No record has the id “test-no-such-record”.",
        refused(Map.of("record", "test-no-such-record"), HttpStatus.NOT_FOUND));
    assertTrue(
        refused(Map.of("search", "size=many"), HttpStatus.BAD_REQUEST).contains("size"),
        "a search that does not read as one names its parameter");
  }

  @Test
  void sendsOneDigestADayInTheWatchersLanguageAndNoneForAQuietDay() throws Exception {
    client
        .toBlocking()
        .exchange(
            as(WATCHER, HttpRequest.PUT("/api/watches/digest", Map.of("frequency", "daily"))));
    Map<String, Object> watch = watch(Map.of("record", "minsal"));
    Map<String, Object> ministry = get("/api/organizations/minsal");
    ministry.put("notes", "Test note of a watched organisation");
    client.toBlocking().exchange(HttpRequest.PUT("/api/organizations/minsal", ministry));
    awaitFeed((String) watch.get("feed"), f -> !f.getEntries().isEmpty());
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    assertEquals(1, digestMail.send(tomorrow));
    assertEquals(0, digestMail.send(tomorrow), "one a day, however often it looks");
    assertEquals(0, digestMail.send(tomorrow.plusDays(1)), "nothing happened that day");

    OutboxMessage digest =
        outbox.due(Instant.now().plusSeconds(3600), 1000).stream()
            .filter(m -> "watcher@example.org".equals(m.recipient()))
            .findFirst()
            .orElseThrow();
    assertTrue(digest.subject().startsWith("Directorio: "), digest.subject());
    assertTrue(digest.body().contains("Ministry of Health: modificado"), digest.body());
    assertTrue(digest.body().contains("“Test note of a watched organisation”"), digest.body());
  }

  @Test
  void isReadByPythonsFeedparserAsAFeedReaderReadsIt() throws Exception {
    boolean installed =
        Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/feedparser"))
            && Files.isExecutable(Path.of("/usr/bin/python3"));
    if (!installed && "required".equals(System.getenv("DIRECTORY_FEED_TESTS"))) {
      throw new IllegalStateException("python3-feedparser is required but missing");
    }
    Assumptions.assumeTrue(installed, "Skipping: install python3-feedparser to run it");
    Map<String, Object> watch = watch(Map.of("record", "maria-elena-santos"));
    Map<String, Object> person = get("/api/people/maria-elena-santos");
    person.put("title", "Test title read by feedparser");
    client.toBlocking().exchange(HttpRequest.PUT("/api/people/maria-elena-santos", person));
    awaitFeed((String) watch.get("feed"), f -> !f.getEntries().isEmpty());

    Path feed = Files.createTempFile("watch", ".atom");
    Files.write(feed, feedBytes((String) watch.get("feed")));
    Process python =
        new ProcessBuilder(
                "/usr/bin/python3",
                "-c",
                "import feedparser, sys\n"
                    + "d = feedparser.parse(sys.argv[1])\n"
                    + "print(d.version, d.bozo, d.feed.title)\n"
                    + "for e in d.entries: print(e.title, '|', e.link, '|', e.id)\n",
                feed.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(60, TimeUnit.SECONDS));
    String[] lines = out.strip().split("\n");
    assertEquals("atom10 False Directorio: Maria Elena Santos", lines[0], out);
    assertTrue(lines[1].startsWith("Maria Elena Santos: modificado | http://"), out);
    assertTrue(lines[1].contains("/people/maria-elena-santos | urn:uuid:"), out);
  }

  private Map<String, Object> watch(Map<String, Object> what) {
    HttpResponse<Map> made =
        client
            .toBlocking()
            .exchange(
                as(WATCHER, HttpRequest.POST("/api/watches", what))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "es"),
                Map.class);
    assertEquals(HttpStatus.CREATED, made.getStatus());
    @SuppressWarnings("unchecked")
    Map<String, Object> body = made.body();
    assertNotNull(body.get("feed"));
    return body;
  }

  private String refused(Map<String, Object> what, HttpStatus status) {
    HttpClientResponseException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                client.toBlocking().exchange(as(WATCHER, HttpRequest.POST("/api/watches", what))));
    assertEquals(status, refused.getStatus());
    return (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
  }

  /**
   * Follows the change log until the feed shows what is wanted (the index opens edits a moment
   * later).
   */
  private SyndFeed awaitFeed(String path, Predicate<SyndFeed> wanted) throws Exception {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (true) {
      follower.follow();
      SyndFeed feed =
          new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feedBytes(path))));
      if (wanted.test(feed) || System.nanoTime() > deadline) {
        assertTrue(wanted.test(feed), () -> "the feed has " + feed.getEntries());
        return feed;
      }
      Thread.sleep(100);
    }
  }

  private byte[] feedBytes(String path) {
    HttpResponse<byte[]> answer =
        client.toBlocking().exchange(as("public", HttpRequest.GET(path)), byte[].class);
    assertEquals(
        "application/atom+xml;charset=utf-8", answer.getContentType().orElseThrow().toString());
    return answer.body();
  }

  private HttpStatus feedStatus(String path) {
    try {
      return client.toBlocking().exchange(as("public", HttpRequest.GET(path))).getStatus();
    } catch (HttpClientResponseException e) {
      return e.getStatus();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String path) {
    return new HashMap<>(client.toBlocking().retrieve(path, Map.class));
  }

  private static <T> MutableHttpRequest<T> as(String username, MutableHttpRequest<T> request) {
    return request.header(SignedInTestClient.AS, username);
  }
}
