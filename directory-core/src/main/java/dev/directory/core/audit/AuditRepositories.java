package dev.directory.core.audit;

import dev.directory.core.audit.AuditRows.ChangeRow;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The JDBC repositories behind {@link AuditLog}. */
final class AuditRepositories {

  private AuditRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Changes extends CrudRepository<ChangeRow, Long> {
    List<ChangeRow> findByEntityAndEntityIdOrderById(String entity, String entityId);

    @Query(
        "UPDATE record_change SET action = :action"
            + " WHERE entity = :entity AND entity_id = :entityId AND version = :version")
    void relabel(String entity, String entityId, long version, String action);

    @Query("SELECT id FROM record_change WHERE entity = :entity AND entity_id = :entityId")
    List<Long> idsOf(String entity, String entityId);

    @Query("UPDATE record_change SET entity_id = :to WHERE entity = :entity AND entity_id = :from")
    void moveAll(String entity, String from, String to);

    @Query("UPDATE record_change SET entity_id = :to WHERE id = :id")
    void moveOne(long id, String to);
  }
}
