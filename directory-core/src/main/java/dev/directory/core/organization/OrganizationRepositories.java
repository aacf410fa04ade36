package dev.directory.core.organization;

import dev.directory.core.organization.OrganizationRows.OrganizationRow;
import dev.directory.core.organization.OrganizationRows.TopicRow;
import dev.directory.core.storage.Versioned;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The JDBC repositories behind {@link Organizations}. */
final class OrganizationRepositories {

  private OrganizationRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<OrganizationRow, String> {

    /**
     * The rows with these ids. The ids go as one array, not a parameter each: PostgreSQL then
     * reuses one plan that reads the primary key, where a list of a thousand parameters had it read
     * the whole table for each batch (460 ms a batch at 200,000 people).
     */
    @Query("SELECT * FROM organization WHERE id = ANY(:ids)")
    List<OrganizationRow> findByIds(String[] ids);

    List<OrganizationRow> findByParentIdOrderByName(String parentId);

    List<String> findIdByParentIdIn(Collection<String> parentIds);

    @Query(
        "SELECT DISTINCT country, region, city FROM organization"
            + " WHERE region IS NOT NULL OR city IS NOT NULL")
    List<Place> findPlaces();

    @Query("SELECT version FROM organization WHERE id = :id")
    Optional<Long> findVersion(String id);

    /** The version, the row locked until the transaction ends. */
    @Query("SELECT version FROM organization WHERE id = :id FOR UPDATE")
    Optional<Long> lockVersion(String id);

    long countByParentId(String parentId);

    /** As {@link #findByIds} reads them. */
    @Query("SELECT id, version FROM organization WHERE id = ANY(:ids)")
    List<Versioned> findVersions(String[] ids);

    @Query("UPDATE organization SET version = version + 1 WHERE id = ANY(:ids)")
    void bumpVersions(String[] ids);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Topics extends CrudRepository<TopicRow, Long> {

    /** As {@link Rows#findByIds}: the ids as one array. */
    @Query("SELECT * FROM organization_topic WHERE organization_id = ANY(:ids) ORDER BY id")
    List<TopicRow> findByOrganizationIds(String[] ids);

    @Query("DELETE FROM organization_topic WHERE organization_id = ANY(:ids)")
    void deleteByOrganizationIds(String[] ids);
  }
}
