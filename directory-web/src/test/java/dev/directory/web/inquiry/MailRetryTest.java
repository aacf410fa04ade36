package dev.directory.web.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.directory.core.outbox.Outbox;
import dev.directory.core.outbox.OutboxMessage;
import dev.directory.core.outbox.OutboxStatus;
import dev.directory.web.TemporaryHome;
import dev.directory.web.mail.MailDelivery;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The mail server is down when an inquiry arrives: the e-mail waits and goes once it is up. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailRetryTest implements TemporaryHome {

  private final int port = MailServers.freePort();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject MailDelivery delivery;
  @Inject Outbox outbox;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> settings = new HashMap<>(MailServers.settings(port));
    settings.put("directory.mail.poll-interval", "1h");
    return homeAnd(settings);
  }

  @Test
  void keepsTheMailWhileTheServerIsDownAndSendsItOnTheNextTry() throws Exception {
    Map<String, Object> inquiry =
        Map.of(
            "name", "Ana Reporter",
            "email", "ana@example.org",
            "subject", "Workshops in Iquique",
            "message", "Could someone comment?");
    Map<?, ?> receipt =
        client.toBlocking().retrieve(HttpRequest.POST("/api/inquiries", inquiry), Map.class);
    String id = (String) receipt.get("id");

    OutboxMessage waiting = awaitFirstAttempt(id);
    assertEquals(OutboxStatus.PENDING, waiting.status());
    assertTrue(waiting.lastError().contains("Connection refused"), waiting.lastError());

    GreenMail server = MailServers.create(port);
    server.start();
    try {
      assertEquals(1, delivery.deliverDue(Instant.now().plus(Duration.ofMinutes(1))));
      MailServers.await(server, "Press inquiry " + id + ": Workshops in Iquique");
      assertEquals(OutboxStatus.SENT, outbox.forInquiry(id).get(0).status());
      assertEquals(2, outbox.forInquiry(id).get(0).attempts());
    } finally {
      server.stop();
    }
  }

  private OutboxMessage awaitFirstAttempt(String inquiryId) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<OutboxMessage> messages = outbox.forInquiry(inquiryId);
      if (!messages.isEmpty() && messages.get(0).attempts() > 0) {
        return messages.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the first delivery was never tried");
  }
}
