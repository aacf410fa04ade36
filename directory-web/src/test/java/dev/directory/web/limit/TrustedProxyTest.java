package dev.directory.web.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.RawHttp;
import dev.directory.web.TemporaryHome;
import dev.directory.web.security.SignInThrottle;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a proxy every request comes from the proxy's address (here 127.0.0.9, trusted, and
 * 127.0.0.10, trusted as part of a range): the client is the one the proxy names. A client that
 * connects directly (127.0.0.20) is not trusted, whatever headers it writes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProxyTest implements TemporaryHome {

  private static final String PROXY = "127.0.0.9";
  private static final String SECOND_PROXY = "127.0.0.10";

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(
        Map.of(
            ClientAddresses.SETTING,
            PROXY + ", 127.0.0.10/31",
            "directory.inquiries.rate-limit-per-minute",
            "2"));
  }

  @Test
  void throughTheProxyAGuessersFailuresDoNotSlowTheRealUserAtAnotherAddress() {
    RawHttp proxy = RawHttp.from(PROXY, server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      assertEquals(401, proxy.get("/api/search", as("198.51.100.7", "guess " + i)).status());
    }
    assertEquals(
        429,
        proxy.get("/api/search", as("198.51.100.7", ADMIN_PASSWORD)).status(),
        "the guesser waits");

    assertEquals(
        200,
        proxy.get("/api/search", as("198.51.100.8", ADMIN_PASSWORD)).status(),
        "the real user, at another address behind the same proxy, does not");
  }

  @Test
  void theClientIsTheRightMostAddressThatIsNotAProxyWhateverTheClientWroteBeforeIt() {
    RawHttp proxy = RawHttp.from(SECOND_PROXY, server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      // the guesser writes a new address of its own each time; the proxies append the real one
      String chain = "203.0.113." + i + ", 198.51.100.20, " + PROXY;
      assertEquals(401, proxy.get("/api/search", forwardedFor(chain, "guess " + i)).status());
    }

    RawHttp.Answer slowed =
        proxy.get("/api/search", forwardedFor("192.0.2.99, 198.51.100.20", ADMIN_PASSWORD));

    assertEquals(429, slowed.status(), "counted at 198.51.100.20, the address the proxy saw");
  }

  @Test
  void theStandardForwardedHeaderIsReadToo() {
    RawHttp proxy = RawHttp.from(PROXY, server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      Map<String, String> headers =
          Map.of(
              "Forwarded",
              "for=\"[2001:db8:cafe::17]:4711\";proto=https",
              "Authorization",
              RawHttp.basic("admin", "guess " + i),
              "Accept",
              "application/json");
      assertEquals(401, proxy.get("/api/search", headers).status());
    }

    assertEquals(
        429,
        proxy
            .get(
                "/api/search",
                Map.of(
                    "Forwarded", "for=\"[2001:db8:cafe::17]\"",
                    "Authorization", RawHttp.basic("admin", ADMIN_PASSWORD),
                    "Accept", "application/json"))
            .status());
  }

  @Test
  void aClientThatIsNotATrustedProxyCannotEscapeTheThrottleByForgingTheHeader() {
    RawHttp direct = RawHttp.from("127.0.0.20", server.getPort());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
      assertEquals(401, direct.get("/api/search", as("203.0.113." + i, "guess " + i)).status());
    }

    RawHttp.Answer slowed = direct.get("/api/search", as("203.0.113.200", ADMIN_PASSWORD));

    assertEquals(429, slowed.status(), "counted at its own address, 127.0.0.20");
  }

  @Test
  void theInquiryLimitCountsEachClientBehindTheProxy() {
    RawHttp proxy = RawHttp.from(PROXY, server.getPort());
    for (int i = 0; i < 2; i++) {
      assertEquals(201, inquiry(proxy, "198.51.100.30").status());
    }
    assertEquals(429, inquiry(proxy, "198.51.100.30").status(), "the third in a minute");

    assertEquals(201, inquiry(proxy, "198.51.100.31").status(), "another journalist is not held");
  }

  @Test
  void aTrustedProxySettingThatIsNotAnAddressStopsTheStartSayingWhich() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> ClientAddresses.ranges("10.0.0.1, proxy"));
    assertTrue(refused.getMessage().contains("“proxy” is not an IP address"), refused.getMessage());
    assertThrows(IllegalStateException.class, () -> ClientAddresses.ranges("10.0.0.0/33"));
    assertEquals(2, ClientAddresses.ranges(" 10.0.0.1 , fd00::/8 ").size());
  }

  private static RawHttp.Answer inquiry(RawHttp proxy, String client) {
    return proxy.send(
        "POST /api/inquiries HTTP/1.1",
        Map.of(
            "X-Forwarded-For", client,
            "Content-Type", "application/json",
            "Accept", "application/json"),
        "{\"name\":\"Test Journalist\",\"email\":\"journalist@example.org\",\"subject\":\"Arica\","
            + "\"message\":\"A question about Arica.\"}");
  }

  private static Map<String, String> as(String client, String password) {
    return forwardedFor(client, password);
  }

  private static Map<String, String> forwardedFor(String chain, String password) {
    return Map.of(
        "X-Forwarded-For",
        chain,
        "Authorization",
        RawHttp.basic("admin", password),
        "Accept",
        "application/json");
  }
}
