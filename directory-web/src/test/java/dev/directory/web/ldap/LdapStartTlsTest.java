package dev.directory.web.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.directory.web.TemporaryHome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With a key store configured, the listener offers StartTLS — what Thunderbird and Outlook use on
 * port 389 — and takes no password before TLS is on. Read by the UnboundID client and by OpenLDAP's
 * {@code ldapsearch -ZZ}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapStartTlsTest implements TemporaryHome {

  private final int port = LdapTest.freePort();

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(
        Map.of(
            "directory.ldap.port", String.valueOf(port),
            "directory.ldap.key-store", SelfSignedKeyStore.create().toString(),
            "directory.ldap.key-store-password", SelfSignedKeyStore.PASSWORD));
  }

  @Test
  void refusesAPasswordInTheClearAndTakesItOnceTlsIsStarted() throws Exception {
    try (LDAPConnection ldap = new LDAPConnection("localhost", port)) {
      LDAPException clear =
          assertThrows(LDAPException.class, () -> ldap.bind(LdapTest.ADMIN, ADMIN_PASSWORD));
      assertEquals(ResultCode.CONFIDENTIALITY_REQUIRED, clear.getResultCode());
      assertTrue(clear.getDiagnosticMessage().contains("Start TLS"), clear.getMessage());

      ExtendedResult started =
          ldap.processExtendedOperation(
              new StartTLSExtendedRequest(
                  new SSLUtil(new TrustAllTrustManager()).createSSLContext()));
      assertEquals(ResultCode.SUCCESS, started.getResultCode());
      ldap.bind(LdapTest.ADMIN, ADMIN_PASSWORD);
      SearchResult found = ldap.search("dc=directory", SearchScope.SUB, "(cn=*giron*)");
      assertEquals("Norberto Girón", found.getSearchEntries().get(0).getAttributeValue("cn"));
    }
  }

  @Test
  void answersLdapsearchOverStartTls() throws Exception {
    LdapTest.requireClients();
    String output =
        LdapTest.run(
            Map.of("LDAPTLS_REQCERT", "never"),
            "ldapsearch",
            "-ZZ",
            "-x",
            "-LLL",
            "-H",
            "ldap://localhost:" + port,
            "-D",
            LdapTest.ADMIN,
            "-w",
            ADMIN_PASSWORD,
            "-b",
            "ou=people,dc=directory",
            "(|(cn=gir*)(mail=gir*)(sn=gir*))",
            "cn");
    assertTrue(output.contains("uid=norberto-giron,ou=people,dc=directory"), output);
  }
}
