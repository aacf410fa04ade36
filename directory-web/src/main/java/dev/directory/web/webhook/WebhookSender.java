package dev.directory.web.webhook;

import dev.directory.core.webhook.Webhook;
import dev.directory.core.webhook.WebhookDelivery;
import dev.directory.core.webhook.WebhookFollowing;
import dev.directory.core.webhook.Webhooks;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends webhooks their deliveries: every few seconds the change log's new changes are made into
 * deliveries (once across nodes), and the deliveries due are claimed (by one node each) and posted
 * as JSON, signed: {@value #SIGNATURE} is {@code sha256=} and the hex HMAC-SHA256 of the body under
 * the webhook's secret. A 2xx answer takes a delivery; any other answer, or none within {@link
 * #TIMEOUT}, is tried again later, each wait twice the last.
 */
@Singleton
@Requires(notEnv = ImportCommand.ENVIRONMENT)
public class WebhookSender {

  public static final String SIGNATURE = "X-Directory-Signature";
  public static final String EVENT = "X-Directory-Event";
  public static final String DELIVERY = "X-Directory-Delivery";

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

  private final WebhookFollowing following;
  private final Webhooks webhooks;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  WebhookSender(WebhookFollowing following, Webhooks webhooks, JsonMapper json) {
    this.following = following;
    this.webhooks = webhooks;
    this.json = json;
  }

  @Scheduled(fixedDelay = "${directory.webhooks.interval:3s}", initialDelay = "5s")
  void sendOnTimer() {
    try {
      send(Instant.now());
    } catch (Throwable e) {
      LOG.error("Webhooks could not be sent; they are tried again shortly", e);
    }
  }

  /**
   * Makes the new changes into deliveries and posts those due by {@code now}.
   *
   * @return how many were posted (taken or not)
   */
  public int send(Instant now) {
    following.follow();
    List<WebhookDelivery> due = webhooks.claimDue(now, 100);
    Map<String, Webhook> byId = new HashMap<>();
    webhooks.all().forEach(webhook -> byId.put(webhook.id(), webhook));
    for (WebhookDelivery delivery : due) {
      Webhook webhook = byId.get(delivery.webhookId());
      if (webhook != null) {
        post(webhook, delivery, now);
      }
    }
    return due.size();
  }

  private void post(Webhook webhook, WebhookDelivery delivery, Instant now) {
    try {
      byte[] body = json.writeValueAsBytes(WebhookPayload.of(delivery));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(webhook.url()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Directory-Webhooks/1")
              .header(EVENT, delivery.event())
              .header(DELIVERY, String.valueOf(delivery.id()))
              .header(SIGNATURE, "sha256=" + sign(webhook.secret(), body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
      webhooks.answered(delivery, answer.statusCode(), now);
    } catch (IOException | IllegalArgumentException e) {
      webhooks.failed(delivery, null, e.toString(), now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      webhooks.failed(delivery, null, "interrupted", now);
    }
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code secret}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java has HmacSHA256", e);
    }
  }
}
