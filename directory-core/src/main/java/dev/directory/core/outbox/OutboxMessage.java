package dev.directory.core.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An e-mail the directory owes somebody, kept until a mail server has taken it.
 *
 * @param recipient null when nobody on the way had an address ({@link OutboxStatus#UNADDRESSED})
 * @param nextAttemptAt when a pending message is due to be tried (again)
 * @param lastError what the mail server or the network said the last time it failed
 */
@MappedEntity("outbox_message")
public record OutboxMessage(
    @Id @GeneratedValue @Nullable Long id,
    @Nullable String inquiryId,
    Instant createdAt,
    @Nullable String recipient,
    @Nullable String replyTo,
    String subject,
    String body,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Instant sentAt,
    @Nullable String lastError) {

  /** A new message, due now; without a recipient it is kept as unaddressed. */
  public static OutboxMessage draft(
      @Nullable String inquiryId,
      Instant now,
      @Nullable String recipient,
      @Nullable String replyTo,
      String subject,
      String body) {
    OutboxStatus status = recipient == null ? OutboxStatus.UNADDRESSED : OutboxStatus.PENDING;
    return new OutboxMessage(
        null, inquiryId, now, recipient, replyTo, subject, body, status, 0, now, null, null);
  }

  /** The message left to one sender until {@code until}: not due to anyone else before then. */
  OutboxMessage claimedUntil(Instant until) {
    return new OutboxMessage(
        id, inquiryId, createdAt, recipient, replyTo, subject, body, status, attempts, until,
        sentAt, lastError);
  }

  OutboxMessage sent(Instant at) {
    return after(OutboxStatus.SENT, nextAttemptAt, at, null);
  }

  OutboxMessage failed(String error, @Nullable Instant retryAt) {
    return retryAt == null
        ? after(OutboxStatus.FAILED, nextAttemptAt, null, error)
        : after(OutboxStatus.PENDING, retryAt, null, error);
  }

  /** The message after one more attempt. */
  private OutboxMessage after(
      OutboxStatus status, Instant due, @Nullable Instant sentAt, @Nullable String error) {
    return new OutboxMessage(
        id,
        inquiryId,
        createdAt,
        recipient,
        replyTo,
        subject,
        body,
        status,
        attempts + 1,
        due,
        sentAt,
        error);
  }
}
