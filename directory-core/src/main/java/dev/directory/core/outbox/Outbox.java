package dev.directory.core.outbox;

import dev.directory.core.change.Writes;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * E-mails waiting to be sent, stored in the same transaction as what caused them, so a crash
 * between the two loses neither. A failed delivery is retried later, each wait twice the last (one
 * minute, two, four …), until {@link #ATTEMPTS} tries have failed.
 */
@Singleton
public class Outbox {

  public static final int ATTEMPTS = 8;

  static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  /** How long a claimed message is left to the node that claimed it before another may try it. */
  static final Duration CLAIM = Duration.ofMinutes(5);

  private final OutboxRepositories.Messages messages;
  private final Writes writes;

  Outbox(OutboxRepositories.Messages messages, Writes writes) {
    this.messages = messages;
    this.writes = writes;
  }

  /** Stores a message to send. Call inside the transaction of what caused it. */
  public OutboxMessage add(OutboxMessage draft) {
    return messages.save(draft);
  }

  /** The pending messages due by {@code now}, oldest first. */
  public List<OutboxMessage> due(Instant now, int limit) {
    return messages.findByStatusAndNextAttemptAtLessThanEquals(
        OutboxStatus.PENDING, now, Pageable.from(0, limit, Sort.of(Sort.Order.asc("id"))));
  }

  /**
   * Claims the pending messages due by {@code now} for the caller to send. Rows another node is
   * claiming at the same moment are skipped, and a claimed message is not due again for {@link
   * #CLAIM}: however many nodes run, each message is sent by one. A node that stops while holding a
   * claim leaves its messages to be claimed again once the claim runs out.
   */
  public List<OutboxMessage> claimDue(Instant now, int limit) {
    return writes.inTransaction(
        () -> {
          List<OutboxMessage> claimed = new ArrayList<>();
          for (OutboxMessage message : messages.lockDue(now, limit)) {
            claimed.add(messages.update(message.claimedUntil(now.plus(CLAIM))));
          }
          return claimed;
        });
  }

  public void markSent(OutboxMessage message, Instant at) {
    writes.run(() -> messages.update(message.sent(at)));
  }

  /** Records a failed try; schedules the next, or gives up after the last. */
  public void markFailed(OutboxMessage message, String error, Instant at) {
    int attempt = message.attempts() + 1;
    Instant retryAt =
        attempt >= ATTEMPTS ? null : at.plus(FIRST_RETRY.multipliedBy(1L << (attempt - 1)));
    String shortError = error.length() > 1000 ? error.substring(0, 1000) : error;
    writes.run(() -> messages.update(message.failed(shortError, retryAt)));
  }

  /** The messages an inquiry caused, oldest first. */
  public List<OutboxMessage> forInquiry(String inquiryId) {
    return messages.findByInquiryIdOrderById(inquiryId);
  }

  public long count(OutboxStatus status) {
    return messages.countByStatus(status);
  }
}
