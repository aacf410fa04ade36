package dev.directory.core.outbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The JDBC repositories behind {@link Outbox}; an {@link OutboxMessage} is its own row. */
final class OutboxRepositories {

  private OutboxRepositories() {}

  @JdbcRepository(dialect = Dialect.H2)
  interface Messages extends CrudRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEquals(
        OutboxStatus status, Instant now, Pageable page);

    List<OutboxMessage> findByInquiryIdOrderById(String inquiryId);

    long countByStatus(OutboxStatus status);
  }
}
