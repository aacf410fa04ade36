package dev.directory.web.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.directory.web.TemporaryHome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With {@code tls: ldaps}, the listener speaks TLS from the first byte (an {@code ldaps://}
 * address), read by the UnboundID client and by OpenLDAP's {@code ldapsearch}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapsTest implements TemporaryHome {

  private final int port = LdapTest.freePort();

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(
        Map.of(
            "directory.ldap.port",
            String.valueOf(port),
            "directory.ldap.key-store",
            SelfSignedKeyStore.create().toString(),
            "directory.ldap.key-store-password",
            SelfSignedKeyStore.PASSWORD,
            "directory.ldap.tls",
            "ldaps"));
  }

  @Test
  void answersOverTlsFromTheFirstByte() throws Exception {
    try (LDAPConnection ldap =
        new LDAPConnection(
            new SSLUtil(new TrustAllTrustManager()).createSSLSocketFactory(),
            "localhost",
            port,
            LdapTest.ADMIN,
            ADMIN_PASSWORD)) {
      SearchResult found = ldap.search("dc=directory", SearchScope.SUB, "(cn=*giron*)");
      assertEquals("Norberto Girón", found.getSearchEntries().get(0).getAttributeValue("cn"));
    }
  }

  @Test
  void answersLdapsearchAtAnLdapsAddress() throws Exception {
    LdapTest.requireClients();
    String output =
        LdapTest.run(
            Map.of("LDAPTLS_REQCERT", "never"),
            "ldapsearch",
            "-x",
            "-LLL",
            "-H",
            "ldaps://localhost:" + port,
            "-D",
            LdapTest.ADMIN,
            "-w",
            ADMIN_PASSWORD,
            "-b",
            "ou=people,dc=directory",
            "(cn=*giron*)",
            "cn");
    assertTrue(output.contains("dn: uid=norberto-giron,ou=people,dc=directory"), output);
  }
}
