package dev.directory.core.webhook;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An address sent the directory's changes.
 *
 * @param secret the key of every delivery's HMAC-SHA256 signature
 * @param events the events it is sent, separated by commas ({@code person.update}, {@code
 *     organization.*}, {@code *})
 * @param fromSeq the change log's position when it was registered: later changes are delivered
 */
@MappedEntity("webhook")
public record Webhook(
    @Id String id,
    String url,
    String secret,
    String events,
    String createdBy,
    Instant createdAt,
    long fromSeq) {

  public List<String> eventList() {
    return Arrays.stream(events.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
  }

  /** Whether it is sent {@code event} ({@code person.update}). */
  public boolean wants(String event) {
    String kind = event.substring(0, event.indexOf('.'));
    return eventList().stream()
        .anyMatch(
            wanted -> wanted.equals("*") || wanted.equals(event) || wanted.equals(kind + ".*"));
  }
}
