package dev.directory.core.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rows behind {@link Webhooks}. */
final class WebhookRows {

  private WebhookRows() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Hooks extends CrudRepository<Webhook, String> {

    List<Webhook> findAllOrderByCreatedAt();
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Deliveries extends CrudRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findByWebhookIdOrderByIdDesc(String webhookId, Pageable page);

    @Query(
        "SELECT MAX(version) FROM webhook_delivery WHERE webhook_id = :webhookId"
            + " AND record_id = :recordId")
    Optional<Long> findLastVersion(String webhookId, String recordId);

    /**
     * The pending deliveries due by {@code now}, locked; those another transaction holds skipped.
     */
    @Query(
        "SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<WebhookDelivery> lockDue(Instant now, int limit);
  }
}
