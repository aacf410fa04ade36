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

    List<OrganizationRow> findByIdIn(Collection<String> ids);

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

    @Query("SELECT id, version FROM organization WHERE id IN (:ids)")
    List<Versioned> findVersions(Collection<String> ids);

    @Query("UPDATE organization SET version = version + 1 WHERE id IN (:ids)")
    void bumpVersions(Collection<String> ids);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Topics extends CrudRepository<TopicRow, Long> {

    List<TopicRow> findByOrganizationIdInOrderById(Collection<String> ids);

    void deleteByOrganizationIdIn(Collection<String> organizationIds);
  }
}
