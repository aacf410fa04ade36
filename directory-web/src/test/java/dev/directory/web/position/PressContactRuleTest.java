package dev.directory.web.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who an office's press contact is today is one rule: the office list, the press page and routing
 * agree. IOM Chile's press contact position is held by Sebastián Mathews, who is also marked as a
 * press contact; once nobody holds the position, his mark alone does not list him anywhere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressContactRuleTest implements TemporaryHome {

  private static final String HTML = "text/html";

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void theOfficeListThePressPageAndRoutingAllFollowWhoHoldsThePosition() {
    assertTrue(officeRow().contains("Sebastián Mathews"), officeRow());
    assertTrue(page("/press").contains("Sebastián Mathews"));
    assertEquals("sebastian-mathews", routedContact());

    Map<?, ?> press =
        client.toBlocking().retrieve("/api/positions/iom-chile-press-contact", Map.class);
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST(
                "/api/positions/iom-chile-press-contact/end-holding",
                Map.of(
                    "person", "sebastian-mathews",
                    "date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                    "version", press.get("version"))));

    assertFalse(officeRow().contains("Sebastián Mathews"), officeRow());
    assertTrue(officeRow().contains("none named"), officeRow());
    assertFalse(page("/press").contains("Sebastián Mathews"));
    assertNull(routedContact(), "the position is vacant: routing names nobody either");
  }

  /** The row of IOM Chile on the office list. */
  private String officeRow() {
    String offices = page("/offices");
    int start = offices.indexOf("<a href=\"/organizations/iom-chile\">");
    return offices.substring(start, offices.indexOf("</tr>", start));
  }

  private String page(String uri) {
    return client.toBlocking().retrieve(HttpRequest.GET(uri).accept(HTML));
  }

  private Object routedContact() {
    Map<?, ?> inquiry =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/inquiries",
                    Map.of(
                        "name", "Test Reporter",
                        "email", "reporter@example.org",
                        "subject", "Migrants in Santiago de Chile",
                        "message", "Could someone comment?")),
                Map.class);
    Map<?, ?> contact = (Map<?, ?>) inquiry.get("contact");
    return contact == null ? null : contact.get("id");
  }
}
