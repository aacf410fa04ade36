package dev.directory.core.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The JDBC repositories behind {@link Outbox}; an {@link OutboxMessage} is its own row. */
final class OutboxRepositories {

  private OutboxRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Messages extends CrudRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEquals(
        OutboxStatus status, Instant now, Pageable page);

    List<OutboxMessage> findByInquiryIdOrderById(String inquiryId);

    long countByStatus(OutboxStatus status);

    /** The pending messages due by {@code now}, locked; those another transaction holds skipped. */
    @Query(
        "SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxMessage> lockDue(Instant now, int limit);
  }
}
