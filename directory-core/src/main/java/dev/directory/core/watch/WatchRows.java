package dev.directory.core.watch;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The rows behind {@link Watches}. */
final class WatchRows {

  private WatchRows() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<Watch, String> {

    List<Watch> findByUsernameOrderByCreatedAt(String username);

    long countByUsername(String username);

    Optional<Watch> findByFeedHash(String feedHash);

    void updateFeedHash(@io.micronaut.data.annotation.Id String id, String feedHash);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Events extends CrudRepository<WatchEvent, Long> {

    List<WatchEvent> findByWatchIdOrderByIdDesc(String watchId, Pageable page);

    List<WatchEvent> findByWatchIdInAndAtGreaterThanEqualsAndAtLessThanOrderById(
        Collection<String> watchIds, Instant from, Instant to);
  }
}
