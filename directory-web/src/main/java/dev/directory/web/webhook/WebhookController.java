package dev.directory.web.webhook;

import dev.directory.core.webhook.Webhook;
import dev.directory.core.webhook.WebhookDelivery;
import dev.directory.core.webhook.Webhooks;
import dev.directory.search.SearchIndex;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/webhooks}: addresses of other systems sent the directory's changes, registered by an
 * admin. Each change of a person, organisation or position whose event a webhook wants is posted to
 * it once as JSON, signed with the webhook's secret ({@code X-Directory-Signature: sha256=} and the
 * hex HMAC-SHA256 of the body), and retried with back-off until the address answers 2xx.
 */
@Controller("/api/webhooks")
@Tag(name = "Webhooks")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record WebhookController(Webhooks webhooks, SearchIndex index) {

  /** The deliveries one listing gives, the newest first. */
  static final int LISTED = 100;

  /**
   * A webhook.
   *
   * @param events what it is sent: {@code <kind>.<action>}, {@code <kind>.*} or {@code *}
   * @param secret the key of its signatures, given once when it is registered; null otherwise
   */
  @Serdeable
  record WebhookView(
      String id,
      String url,
      List<String> events,
      @Nullable String secret,
      String createdBy,
      Instant createdAt) {

    static WebhookView of(Webhook webhook, boolean withSecret) {
      return new WebhookView(
          webhook.id(),
          webhook.url(),
          webhook.eventList(),
          withSecret ? webhook.secret() : null,
          webhook.createdBy(),
          webhook.createdAt());
    }
  }

  /**
   * An address to register.
   *
   * @param url an http:// or https:// address
   * @param events what it is sent (every change when none): {@code person.update}, {@code
   *     organization.*} ({@code create}, {@code update}, {@code delete}, {@code merge}, {@code
   *     verify} of a {@code person}, {@code organization} or {@code position}), or {@code *}
   */
  @Serdeable
  record NewWebhook(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) @Nullable String url,
      @Nullable List<String> events) {}

  /**
   * One delivery and what the address answered.
   *
   * @param status {@code PENDING} (not yet taken: tried again at {@code nextAttemptAt}), {@code
   *     DELIVERED} or {@code FAILED} (given up after its last try)
   * @param lastStatus the HTTP status of the last answer; null when none came
   */
  @Serdeable
  record DeliveryView(
      long id,
      String event,
      String recordKind,
      String recordId,
      String recordName,
      Instant happenedAt,
      String status,
      int attempts,
      @Nullable Integer lastStatus,
      @Nullable String lastError,
      @Nullable Instant deliveredAt,
      @Nullable Instant nextAttemptAt) {

    static DeliveryView of(WebhookDelivery d) {
      return new DeliveryView(
          d.id(),
          d.event(),
          d.recordKind(),
          d.recordId(),
          d.recordName(),
          d.happenedAt(),
          d.status(),
          d.attempts(),
          d.lastStatus(),
          d.lastError(),
          d.deliveredAt(),
          WebhookDelivery.PENDING.equals(d.status()) ? d.nextAttemptAt() : null);
    }
  }

  /** Every webhook (without its secret). */
  @Get
  List<WebhookView> listWebhooks() {
    return webhooks.all().stream().map(w -> WebhookView.of(w, false)).toList();
  }

  /** Registers an address; its secret is in the answer, this once. */
  @ApiResponse(
      responseCode = "201",
      description = "Registered: the webhook with its secret",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @WrongValues
  @Post
  HttpResponse<WebhookView> addWebhook(@Body NewWebhook body, Principal admin) {
    Webhook made =
        webhooks.register(
            body.url(), body.events(), admin.getName(), index.visibleSeq(), Instant.now());
    return HttpResponse.created(WebhookView.of(made, true));
  }

  /** Removes a webhook; what it was owed is not sent. */
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(
      responseCode = "404",
      description = "No webhook has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Delete("/{id}")
  HttpResponse<Void> removeWebhook(String id) {
    webhooks.remove(id);
    return HttpResponse.noContent();
  }

  /** A webhook's newest deliveries, with what its address answered. */
  @ApiResponse(
      responseCode = "404",
      description = "No webhook has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Get("/{id}/deliveries")
  List<DeliveryView> listWebhookDeliveries(String id) {
    return webhooks.deliveries(id, LISTED).stream().map(DeliveryView::of).toList();
  }
}
