package dev.directory.core.webhook;

import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.Writes;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The webhooks an admin registers, and the deliveries each is owed: claimed by one node at a time,
 * retried after a failure, each wait twice the last (one minute, two, four …), until {@link
 * #ATTEMPTS} tries have failed.
 */
@Singleton
public class Webhooks {

  public static final int ATTEMPTS = 8;

  static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  /** How long a claimed delivery is left to the node that claimed it before another may try. */
  static final Duration CLAIM = Duration.ofMinutes(5);

  /** The kinds of record and the actions on them that make an event. */
  public static final List<String> KINDS = List.of("person", "organization", "position");

  public static final List<String> ACTIONS =
      List.of(RecordChange.Action.values()).stream().map(RecordChange.Action::code).toList();

  private final WebhookRows.Hooks hooks;
  private final WebhookRows.Deliveries deliveries;
  private final Writes writes;
  private final SecureRandom random = new SecureRandom();

  Webhooks(WebhookRows.Hooks hooks, WebhookRows.Deliveries deliveries, Writes writes) {
    this.hooks = hooks;
    this.deliveries = deliveries;
    this.writes = writes;
  }

  /**
   * Registers an address.
   *
   * @param events {@code <kind>.<action>}, {@code <kind>.*} or {@code *}
   * @param seq the change log's position now: later changes are delivered
   * @throws Refused for an address that is not http(s), or an event no change makes
   */
  public Webhook register(String url, List<String> events, String actor, long seq, Instant now) {
    if (url == null || !isWebAddress(url.strip())) {
      throw Refused.of("url", ProblemCode.WEBHOOK_URL_INVALID, String.valueOf(url));
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String event : events == null || events.isEmpty() ? List.of("*") : events) {
      String named = String.valueOf(event).strip().toLowerCase(Locale.ROOT);
      if (!known(named)) {
        throw Refused.of("events", ProblemCode.WEBHOOK_EVENT_UNKNOWN, named);
      }
      wanted.add(named);
    }
    Webhook webhook =
        new Webhook(
            id(),
            url.strip(),
            secret(),
            String.join(",", wanted),
            actor,
            now.truncatedTo(ChronoUnit.MILLIS),
            seq);
    return writes.inTransaction(() -> hooks.save(webhook));
  }

  public List<Webhook> all() {
    return hooks.findAllOrderByCreatedAt();
  }

  public Webhook find(String id) {
    return hooks.findById(id).orElseThrow(() -> NotFound.of(ProblemCode.WEBHOOK_NOT_FOUND, id));
  }

  public void remove(String id) {
    writes.run(() -> hooks.delete(find(id)));
  }

  /** A webhook's newest deliveries, the newest first, with what its address answered. */
  public List<WebhookDelivery> deliveries(String id, int limit) {
    return deliveries.findByWebhookIdOrderByIdDesc(find(id).id(), Pageable.from(0, limit));
  }

  /**
   * Claims the deliveries due by {@code now} for the caller to send; rows another node claims at
   * the same moment are skipped, and a claimed delivery is not due again for {@link #CLAIM}.
   */
  public List<WebhookDelivery> claimDue(Instant now, int limit) {
    return writes.inTransaction(
        () -> {
          List<WebhookDelivery> claimed = new ArrayList<>();
          for (WebhookDelivery delivery : deliveries.lockDue(now, limit)) {
            claimed.add(deliveries.update(delivery.claimedUntil(now.plus(CLAIM))));
          }
          return claimed;
        });
  }

  /** Records the address's answer: a 2xx takes the delivery, any other is tried again later. */
  public void answered(WebhookDelivery delivery, int status, Instant at) {
    if (status >= 200 && status < 300) {
      writes.run(
          () ->
              deliveries.update(
                  delivery.answered(
                      WebhookDelivery.DELIVERED, delivery.attempts() + 1, at, status, null, at)));
    } else {
      failed(delivery, status, "answered " + status, at);
    }
  }

  /** Records a try that got no answer, or a refusal; schedules the next, or gives up. */
  public void failed(WebhookDelivery delivery, Integer status, String error, Instant at) {
    int attempt = delivery.attempts() + 1;
    boolean last = attempt >= ATTEMPTS;
    Instant next = last ? at : at.plus(FIRST_RETRY.multipliedBy(1L << (attempt - 1)));
    String shortError = error.length() > 1000 ? error.substring(0, 1000) : error;
    writes.run(
        () ->
            deliveries.update(
                delivery.answered(
                    last ? WebhookDelivery.FAILED : WebhookDelivery.PENDING,
                    attempt,
                    next,
                    status,
                    shortError,
                    null)));
  }

  private static boolean known(String event) {
    if (event.equals("*")) {
      return true;
    }
    String[] parts = event.split("\\.", -1);
    return parts.length == 2
        && KINDS.contains(parts[0])
        && (parts[1].equals("*") || ACTIONS.contains(parts[1]));
  }

  private static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute()
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && url.length() <= 2000;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private String id() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
