package dev.directory.core.change;

import dev.directory.core.change.ChangeRows.ChangeRow;
import dev.directory.core.change.ChangeRows.OriginRow;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repositories behind {@link ChangeLog}. */
final class ChangeRepositories {

  private ChangeRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<ChangeRow, Long> {

    List<ChangeRow> findBySeqGreaterThan(long seq, Pageable pageable);

    Optional<Long> findMaxSeq();

    /**
     * The changes of records with these ids, of any kind: with the kind in the condition too, H2
     * reads the index by kind alone, every change of that kind (the caller keeps its kind's).
     */
    @Query("SELECT * FROM change_log WHERE entity_id = ANY(:ids)")
    List<ChangeRow> findByRecordIds(String[] ids);

    /** Locks the change log for writing until the transaction ends. */
    @Query("SELECT singleton FROM change_log_writer FOR UPDATE")
    Optional<Boolean> lockWriter();

    /** Locks the change log for writing if no other transaction holds it; empty if one does. */
    @Query("SELECT singleton FROM change_log_writer FOR UPDATE SKIP LOCKED")
    Optional<Boolean> tryLockWriter();
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Origins extends CrudRepository<OriginRow, Boolean> {}
}
