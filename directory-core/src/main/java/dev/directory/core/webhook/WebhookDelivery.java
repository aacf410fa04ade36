package dev.directory.core.webhook;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.FieldChanges;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.List;

/**
 * One event owed to one webhook, kept until its address takes it.
 *
 * @param event {@code <kind>.<action>}: {@code person.update}, {@code organization.merge} …
 * @param fields each field before and after, as the history keeps them
 * @param happenedAt when the change was made
 * @param status {@code PENDING}, {@code DELIVERED} or {@code FAILED} (given up)
 * @param lastStatus the HTTP status the address answered the last time, if it answered
 */
@MappedEntity("webhook_delivery")
public record WebhookDelivery(
    @Id @GeneratedValue @Nullable Long id,
    String webhookId,
    long seq,
    String event,
    String recordKind,
    String recordId,
    String recordName,
    @Nullable String actor,
    String fields,
    long version,
    Instant happenedAt,
    String status,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Integer lastStatus,
    @Nullable String lastError,
    @Nullable Instant deliveredAt) {

  public static final String PENDING = "PENDING";
  public static final String DELIVERED = "DELIVERED";
  public static final String FAILED = "FAILED";

  public List<FieldChange> fieldChanges() {
    return FieldChanges.read(fields);
  }

  WebhookDelivery answered(
      String newStatus,
      int attempt,
      Instant next,
      @Nullable Integer answer,
      @Nullable String error,
      @Nullable Instant delivered) {
    return new WebhookDelivery(
        id,
        webhookId,
        seq,
        event,
        recordKind,
        recordId,
        recordName,
        actor,
        fields,
        version,
        happenedAt,
        newStatus,
        attempt,
        next,
        answer,
        error,
        delivered);
  }

  WebhookDelivery claimedUntil(Instant until) {
    return answered(status, attempts, until, lastStatus, lastError, deliveredAt);
  }
}
