package dev.directory.web.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The LDAP listener as mail programs' look-ups use it: a bind as a member of staff, the typical
 * autocomplete filters, limits and paging. Read by the UnboundID client, and by clients we did not
 * write — OpenLDAP's {@code ldapsearch} and Python's {@code ldap3}, from Debian — which are skipped
 * without them unless {@code DIRECTORY_LDAP_TESTS=required} (as in CI).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapTest implements TemporaryHome {

  static final String ADMIN = "uid=admin,ou=accounts,dc=directory";

  private final int port = freePort();

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("directory.ldap.port", String.valueOf(port)));
  }

  @Test
  void findsGironWithoutTheAccentAndGivesTheAttributesMailProgramsRead() throws LDAPException {
    try (LDAPConnection ldap = bound()) {
      SearchResult found = ldap.search("dc=directory", SearchScope.SUB, "(cn=*giron*)");
      assertEquals(1, found.getEntryCount());
      SearchResultEntry giron = found.getSearchEntries().get(0);
      assertEquals("uid=norberto-giron,ou=people,dc=directory", giron.getDN());
      assertEquals("Norberto Girón", giron.getAttributeValue("cn"));
      assertEquals("Girón", giron.getAttributeValue("sn"));
      assertTrue(giron.hasObjectClass("inetOrgPerson"));
      assertEquals("IOM Chile", giron.getAttributeValue("o"));
      assertEquals("CL", giron.getAttributeValue("c"));
    }
  }

  @Test
  void givesEveryAddressEachPhoneByWhatItReachesAndTheOrganisationsAboveOnceSaved()
      throws Exception {
    Map<String, Object> person = new HashMap<>();
    person.put("id", "test-ldap-entry");
    person.put("givenName", "Test");
    person.put("familyName", "Ldapentry");
    person.put("title", "Test officer");
    person.put("organization", Map.of("id", "department-for-foreigners-and-migration"));
    person.put("visibility", "internal");
    person.put(
        "emails",
        List.of(
            Map.of("type", "work", "address", "test.ldapentry@example.org"),
            Map.of("type", "personal", "address", "ldapentry@example.org")));
    person.put(
        "phones",
        List.of(
            Map.of("type", "work", "number", "+56 2 2000 0001"),
            Map.of("type", "mobile", "number", "+56 9 2000 0002"),
            Map.of("type", "fax", "number", "+56 2 2000 0003")));
    client.toBlocking().exchange(HttpRequest.POST("/api/people", person));

    try (LDAPConnection ldap = bound()) {
      SearchResultEntry entry = awaitOne(ldap, "(|(cn=ldapen*)(mail=ldapen*)(sn=ldapen*))");
      assertEquals("uid=test-ldap-entry,ou=people,dc=directory", entry.getDN());
      assertEquals("Test", entry.getAttributeValue("givenName"));
      assertEquals("Ldapentry", entry.getAttributeValue("sn"));
      assertEquals("Test officer", entry.getAttributeValue("title"));
      assertEquals(
          List.of("test.ldapentry@example.org", "ldapentry@example.org"),
          List.of(entry.getAttributeValues("mail")));
      assertEquals("+56 2 2000 0001", entry.getAttributeValue("telephoneNumber"));
      assertEquals("+56 9 2000 0002", entry.getAttributeValue("mobile"));
      assertEquals("+56 2 2000 0003", entry.getAttributeValue("facsimileTelephoneNumber"));
      assertEquals("Department for Foreigners and Migration", entry.getAttributeValue("o"));
      assertEquals(
          List.of("Ministry of Internal Affairs", "Department for Foreigners and Migration"),
          List.of(entry.getAttributeValues("ou")));
      assertEquals(
          entry.getAttributeValue("cn"),
          ldap.getEntry("uid=test-ldap-entry,ou=people,dc=directory").getAttributeValue("cn"),
          "read by its address too");
    }
  }

  /** The one entry a filter finds, once the search index has opened the save before it. */
  private static SearchResultEntry awaitOne(LDAPConnection ldap, String filter)
      throws LDAPException, InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      SearchResult found = ldap.search("ou=people,dc=directory", SearchScope.ONE, filter);
      if (found.getEntryCount() == 1 || System.nanoTime() > deadline) {
        assertEquals(1, found.getEntryCount(), filter);
        return found.getSearchEntries().get(0);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void answersTheAutocompleteFilterOfAMailProgram() throws LDAPException {
    try (LDAPConnection ldap = bound()) {
      SearchResult found =
          ldap.search(
              "ou=people,dc=directory",
              SearchScope.ONE,
              "(|(cn=mat*)(mail=mat*)(sn=mat*))",
              "cn",
              "mail");
      assertEquals(
          List.of("Sebastián Mathews"),
          found.getSearchEntries().stream().map(e -> e.getAttributeValue("cn")).toList());
      assertEquals(
          "iomsantiagopress@iom.int", found.getSearchEntries().get(0).getAttributeValue("mail"));
      assertFalse(found.getSearchEntries().get(0).hasAttribute("sn"), "only what was asked");
    }
  }

  @Test
  void findsAPersonByTheBeginningOfTheirAddressAsAMailProgramTypesIt() throws LDAPException {
    try (LDAPConnection ldap = bound()) {
      SearchResult found =
          ldap.search(
              "ou=people,dc=directory",
              SearchScope.ONE,
              "(|(cn=IOMSantiago*)(mail=IOMSantiago*)(sn=IOMSantiago*))",
              "cn");
      assertEquals(
          List.of("Sebastián Mathews"),
          found.getSearchEntries().stream().map(e -> e.getAttributeValue("cn")).toList());
    }
  }

  @Test
  void findsOrganisationsUnderTheirOwnBranch() throws LDAPException {
    try (LDAPConnection ldap = bound()) {
      SearchResult found =
          ldap.search("ou=organizations,dc=directory", SearchScope.ONE, "(o=ministry*)");
      assertEquals(
          List.of("Ministry of Health", "Ministry of Internal Affairs"),
          found.getSearchEntries().stream().map(e -> e.getAttributeValue("o")).sorted().toList());
    }
  }

  @Test
  void refusesAnAnonymousBindAndASearchBeforeABind() throws LDAPException {
    try (LDAPConnection ldap = new LDAPConnection("localhost", port)) {
      LDAPSearchException refused =
          assertThrows(
              LDAPSearchException.class,
              () -> ldap.search("dc=directory", SearchScope.SUB, "(objectClass=*)"));
      assertEquals(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, refused.getResultCode());
      LDAPException anonymous = assertThrows(LDAPException.class, () -> ldap.bind("", ""));
      assertEquals(ResultCode.INAPPROPRIATE_AUTHENTICATION, anonymous.getResultCode());
      LDAPException wrong =
          assertThrows(LDAPException.class, () -> ldap.bind(ADMIN, "not the password"));
      assertEquals(ResultCode.INVALID_CREDENTIALS, wrong.getResultCode());
    }
  }

  @Test
  void refusesEveryWrite() throws LDAPException {
    try (LDAPConnection ldap = bound()) {
      LDAPException refused =
          assertThrows(
              LDAPException.class, () -> ldap.delete("uid=norberto-giron,ou=people,dc=directory"));
      assertEquals(ResultCode.UNWILLING_TO_PERFORM, refused.getResultCode());
    }
  }

  @Test
  void honoursASizeLimitAndPagesThroughEverything() throws Exception {
    requireClients();
    String limited =
        run(
            1,
            4,
            "ldapsearch",
            "-x",
            "-H",
            url(),
            "-D",
            ADMIN,
            "-w",
            ADMIN_PASSWORD,
            "-b",
            "dc=directory",
            "-z",
            "2",
            "(objectClass=inetOrgPerson)",
            "dn");
    assertEquals(2, count(limited, "dn: uid="), limited);
    String paged =
        run(
            0,
            0,
            "ldapsearch",
            "-x",
            "-H",
            url(),
            "-D",
            ADMIN,
            "-w",
            ADMIN_PASSWORD,
            "-b",
            "dc=directory",
            "-E",
            "pr=2/noprompt",
            "(objectClass=inetOrgPerson)",
            "dn");
    assertEquals(3, count(paged, "dn: uid="), paged);
  }

  @Test
  void answersLdapsearchAndPythonsLdap3AsAMailProgramAsks() throws Exception {
    requireClients();
    String found =
        run(
            0,
            0,
            "ldapsearch",
            "-x",
            "-LLL",
            "-o",
            "ldif-wrap=no",
            "-H",
            url(),
            "-D",
            "admin",
            "-w",
            ADMIN_PASSWORD,
            "-b",
            "dc=directory",
            "(|(cn=gir*)(mail=gir*)(sn=gir*))",
            "cn",
            "mail");
    assertTrue(found.contains("dn: uid=norberto-giron,ou=people,dc=directory"), found);
    String python =
        run(
            0,
            0,
            "/usr/bin/python3",
            "-c",
            String.join(
                "\n",
                "import ldap3, sys",
                "server = ldap3.Server('localhost', port=" + port + ")",
                "with ldap3.Connection(server, '"
                    + ADMIN
                    + "', '"
                    + ADMIN_PASSWORD
                    + "', auto_bind=True) as c:",
                "    c.search('dc=directory', '(|(cn=*giron*)(displayName=*giron*))',"
                    + " attributes=['cn', 'title', 'o'])",
                "    for e in c.entries: print(e.entry_dn, '|', e.cn.value, '|', e.o.value)"));
    assertEquals(
        "uid=norberto-giron,ou=people,dc=directory | Norberto Girón | IOM Chile", python.strip());
    assertEquals(
        49,
        runStatus(
            "ldapsearch",
            "-x",
            "-H",
            url(),
            "-D",
            ADMIN,
            "-w",
            "wrong password",
            "-b",
            "dc=directory",
            "(cn=*)"),
        "a wrong password is refused");
  }

  private LDAPConnection bound() throws LDAPException {
    LDAPConnection ldap = new LDAPConnection("localhost", port);
    ldap.bind(ADMIN, ADMIN_PASSWORD);
    return ldap;
  }

  private String url() {
    return "ldap://localhost:" + port;
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  /** Runs a client; its exit status must be {@code low} to {@code high}. */
  private static String run(int low, int high, String... command) throws Exception {
    return run(Map.of(), low, high, command);
  }

  /** Runs a client with more environment variables; it must succeed. */
  static String run(Map<String, String> environment, String... command) throws Exception {
    return run(environment, 0, 0, command);
  }

  private static String run(Map<String, String> environment, int low, int high, String... command)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertTrue(
        process.exitValue() >= low && process.exitValue() <= high,
        String.join(" ", command) + " exited " + process.exitValue() + ":\n" + output);
    return output;
  }

  private static int runStatus(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return process.exitValue();
  }

  static void requireClients() {
    boolean installed =
        Files.isExecutable(Path.of("/usr/bin/ldapsearch"))
            && Files.isExecutable(Path.of("/usr/bin/python3"))
            && Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/ldap3"));
    if (!installed && "required".equals(System.getenv("DIRECTORY_LDAP_TESTS"))) {
      throw new IllegalStateException(
          "ldapsearch and ldap3 are required but missing; install ldap-utils and python3-ldap3");
    }
    Assumptions.assumeTrue(installed, "Skipping: install ldap-utils and python3-ldap3 to run it");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
