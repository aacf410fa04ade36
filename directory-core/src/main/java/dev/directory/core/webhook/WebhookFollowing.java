package dev.directory.core.webhook;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.FieldChanges;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.Change;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.LogCursors;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.watch.RecordNames;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the change log into webhooks' deliveries, a batch of changes at a time, in the transaction
 * that moves the webhooks' cursor on: each change of a person, organisation or position is owed to
 * every webhook that wants its event once, however many nodes follow — one delivery for each entry
 * of the record's history not yet owed to that webhook.
 */
@Singleton
public class WebhookFollowing {

  static final int BATCH = 500;

  private final Writes writes;
  private final ChangeLog changeLog;
  private final LogCursors cursors;
  private final WebhookRows.Hooks hooks;
  private final WebhookRows.Deliveries deliveries;
  private final AuditLog audit;
  private final RecordNames names;

  WebhookFollowing(
      Writes writes,
      ChangeLog changeLog,
      LogCursors cursors,
      WebhookRows.Hooks hooks,
      WebhookRows.Deliveries deliveries,
      AuditLog audit,
      RecordNames names) {
    this.writes = writes;
    this.changeLog = changeLog;
    this.cursors = cursors;
    this.hooks = hooks;
    this.deliveries = deliveries;
    this.audit = audit;
    this.names = names;
  }

  /**
   * Owes the changes after the cursor to the webhooks, a batch at a time.
   *
   * @return the deliveries made
   */
  public int follow() {
    int made = 0;
    while (true) {
      int[] batch = writes.inTransaction(this::followBatch);
      made += batch[0];
      if (batch[1] == 0) {
        return made;
      }
    }
  }

  /** The deliveries made, and 1 when there may be more changes to follow. */
  private int[] followBatch() {
    long cursor = cursors.lock(LogCursors.WEBHOOKS);
    List<Webhook> all = hooks.findAllOrderByCreatedAt();
    if (all.isEmpty()) {
      cursors.move(LogCursors.WEBHOOKS, changeLog.lastSeq());
      return new int[] {0, 0};
    }
    List<Change> changes = changeLog.after(cursor, BATCH);
    if (changes.isEmpty()) {
      return new int[] {0, 0};
    }
    Map<String, Change> touched = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.kind() == RecordKind.PERSON
          || change.kind() == RecordKind.ORGANIZATION
          || change.kind() == RecordKind.POSITION) {
        touched.remove(change.id());
        touched.put(change.id(), change);
      }
    }
    int made = 0;
    for (Change change : touched.values()) {
      List<RecordChange> history = audit.history(change.kind(), change.id());
      String name = names.name(change.kind(), change.id(), history);
      for (Webhook webhook : all) {
        if (change.seq() <= webhook.fromSeq()) {
          continue;
        }
        long owed = deliveries.findLastVersion(webhook.id(), change.id()).orElse(0L);
        for (RecordChange entry : history) {
          String event = change.kind().code() + "." + entry.action().code();
          if (entry.version() > owed
              && !entry.at().isBefore(webhook.createdAt())
              && webhook.wants(event)) {
            deliveries.save(delivery(webhook, change, event, name, entry));
            made++;
          }
        }
      }
    }
    cursors.move(LogCursors.WEBHOOKS, changes.get(changes.size() - 1).seq());
    return new int[] {made, changes.size() == BATCH ? 1 : 0};
  }

  private static WebhookDelivery delivery(
      Webhook webhook, Change change, String event, String name, RecordChange entry) {
    Instant now = Instant.now();
    return new WebhookDelivery(
        null,
        webhook.id(),
        change.seq(),
        event,
        change.kind().code(),
        change.id(),
        name.length() > 400 ? name.substring(0, 399) + "…" : name,
        entry.actor(),
        FieldChanges.write(entry.fields()),
        entry.version(),
        entry.at(),
        WebhookDelivery.PENDING,
        0,
        now,
        null,
        null,
        null);
  }
}
