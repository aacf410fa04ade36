package dev.directory.core.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Senders on several nodes share one outbox: each message goes to one of them. */
@MicronautTest(startApplication = false, transactional = false)
class OutboxClaimTest {

  @Inject Outbox outbox;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void givesEachDueMessageToOneOfTwoSendersClaimingAtOnce() throws Exception {
    Set<Long> ours = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      ours.add(
          outbox
              .add(
                  OutboxMessage.draft(null, now, "press@example.org", null, "Subject " + i, "Body"))
              .id());
    }
    ExecutorService senders = Executors.newFixedThreadPool(2);
    List<Future<List<Long>>> claims = new ArrayList<>();
    try {
      for (int sender = 0; sender < 2; sender++) {
        claims.add(
            senders.submit(
                () -> {
                  List<Long> claimed = new ArrayList<>();
                  List<OutboxMessage> batch;
                  do {
                    batch = outbox.claimDue(now, 3);
                    batch.forEach(message -> claimed.add(message.id()));
                  } while (!batch.isEmpty());
                  return claimed;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> claim : claims) {
        all.addAll(claim.get(30, TimeUnit.SECONDS));
      }
      all.retainAll(ours);
      assertEquals(ours.size(), all.size(), "no message claimed twice");
      assertEquals(ours, new HashSet<>(all), "every message claimed");
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void leavesAClaimedMessageToItsSenderUntilTheClaimRunsOut() {
    OutboxMessage message =
        outbox.add(OutboxMessage.draft(null, now, "desk@example.org", null, "Claimed", "Body"));
    Instant claimedAt = now.plusSeconds(1);

    assertTrue(ids(outbox.claimDue(claimedAt, 100)).contains(message.id()));
    assertFalse(ids(outbox.claimDue(claimedAt.plusSeconds(60), 100)).contains(message.id()));
    assertTrue(ids(outbox.claimDue(claimedAt.plus(Outbox.CLAIM), 100)).contains(message.id()));
  }

  private static List<Long> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }
}
