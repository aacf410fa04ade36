package dev.directory.core.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class OutboxTest {

  @Inject Outbox outbox;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void retriesAFailedMessageLaterEachTimeAndThenGivesUp() {
    OutboxMessage message =
        outbox.add(OutboxMessage.draft(null, now, "press@example.org", null, "Subject", "Body"));
    assertEquals(List.of(message), outbox.due(now, 10));

    outbox.markFailed(message, "connection refused", now);

    assertEquals(List.of(), outbox.due(now.plusSeconds(59), 10));
    OutboxMessage retried = outbox.due(now.plusSeconds(60), 10).get(0);
    assertEquals(1, retried.attempts());
    assertEquals("connection refused", retried.lastError());
    outbox.markFailed(retried, "connection refused", now.plusSeconds(60));
    assertEquals(now.plusSeconds(180), outbox.due(now.plusSeconds(180), 10).get(0).nextAttemptAt());

    OutboxMessage last = retried;
    for (int attempt = 2; attempt < Outbox.ATTEMPTS; attempt++) {
      last = outbox.due(later(), 10).get(0);
      outbox.markFailed(last, "connection refused", now);
    }
    assertEquals(List.of(), outbox.due(later(), 10));
    assertEquals(1, outbox.count(OutboxStatus.FAILED));
  }

  @Test
  void keepsAMessageWithoutRecipientOutOfTheQueue() {
    outbox.add(OutboxMessage.draft(null, now, null, null, "Subject", "Body"));

    assertEquals(List.of(), outbox.due(later(), 10));
    assertEquals(1, outbox.count(OutboxStatus.UNADDRESSED));
  }

  @Test
  void marksADeliveredMessageSent() {
    OutboxMessage message =
        outbox.add(OutboxMessage.draft(null, now, "press@example.org", null, "Subject", "Body"));

    outbox.markSent(message, now);

    assertEquals(List.of(), outbox.due(later(), 10));
    assertEquals(1, outbox.count(OutboxStatus.SENT));
  }

  private Instant later() {
    return now.plus(365, ChronoUnit.DAYS);
  }
}
