package dev.directory.core.position;

import dev.directory.core.position.PositionRows.HolderRow;
import dev.directory.core.position.PositionRows.PositionRow;
import dev.directory.core.storage.Versioned;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repositories behind {@link Positions}. */
final class PositionRepositories {

  private PositionRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<PositionRow, String> {

    @Query("SELECT * FROM position WHERE id = ANY(:ids)")
    List<PositionRow> findByIds(String[] ids);

    @Query("SELECT id FROM position WHERE id = ANY(:ids)")
    List<String> findIds(String[] ids);

    @Query("SELECT id FROM position WHERE organization_id = ANY(:organizationIds)")
    List<String> findIdsInOrganizations(String[] organizationIds);

    List<PositionRow> findByOrganizationIdOrderByTitle(String organizationId);

    List<PositionRow> findByPressContactTrue();

    long countByOrganizationId(String organizationId);

    @Query("SELECT version FROM position WHERE id = :id")
    Optional<Long> findVersion(String id);

    @Query("SELECT version FROM position WHERE id = :id FOR UPDATE")
    Optional<Long> lockVersion(String id);

    @Query("SELECT id, version FROM position WHERE id = ANY(:ids)")
    List<Versioned> findVersions(String[] ids);

    @Query("UPDATE position SET version = version + 1 WHERE id = ANY(:ids)")
    void bumpVersions(String[] ids);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Holders extends CrudRepository<HolderRow, Long> {

    @Query("SELECT * FROM position_holder WHERE position_id = ANY(:ids) ORDER BY ordinal")
    List<HolderRow> findByPositionIds(String[] ids);

    @Query("SELECT DISTINCT position_id FROM position_holder WHERE person_id = :personId")
    List<String> findPositionIdByPersonId(String personId);

    @Query("SELECT DISTINCT position_id FROM position_holder WHERE person_id = ANY(:personIds)")
    List<String> findPositionIdsHeldByAny(String[] personIds);

    long countByPersonId(String personId);

    @Query("DELETE FROM position_holder WHERE position_id = ANY(:ids)")
    void deleteByPositionIds(String[] ids);
  }
}
