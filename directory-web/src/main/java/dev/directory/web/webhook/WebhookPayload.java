package dev.directory.web.webhook;

import dev.directory.core.change.RecordKind;
import dev.directory.core.webhook.WebhookDelivery;
import dev.directory.web.page.Addresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What a webhook is sent: one change of one record.
 *
 * @param delivery the delivery's id: the same on every retry, so that a receiver can tell a retry
 * @param event {@code <kind>.<action>}: {@code person.update}, {@code organization.merge} …
 * @param version the record's version the change made
 * @param at when the change was made
 * @param fields each field before and after (none for a record made or deleted whole)
 */
@Serdeable
record WebhookPayload(
    long delivery,
    String event,
    Subject record,
    @Nullable String actor,
    long version,
    Instant at,
    List<Field> fields) {

  /** The record changed, with where its page and its API are, relative to the site. */
  @Serdeable
  record Subject(String kind, String id, String name, String page, String api) {}

  @Serdeable
  record Field(String field, @Nullable String before, @Nullable String after) {}

  static WebhookPayload of(WebhookDelivery delivery) {
    RecordKind kind = RecordKind.parse(delivery.recordKind());
    return new WebhookPayload(
        delivery.id(),
        delivery.event(),
        new Subject(
            delivery.recordKind(),
            delivery.recordId(),
            delivery.recordName(),
            Addresses.page(kind, delivery.recordId()),
            Addresses.api(kind, delivery.recordId())),
        delivery.actor(),
        delivery.version(),
        delivery.happenedAt(),
        delivery.fieldChanges().stream()
            .map(f -> new Field(f.field(), f.before(), f.after()))
            .toList());
  }
}
