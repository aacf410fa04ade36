package dev.directory.core.engagement;

import dev.directory.core.engagement.EngagementRows.EngagementRow;
import dev.directory.core.engagement.EngagementRows.OrganizationLink;
import dev.directory.core.engagement.EngagementRows.PersonLink;
import dev.directory.core.engagement.EngagementRows.TopicLink;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The JDBC repositories behind {@link Engagements}. */
final class EngagementRepositories {

  private EngagementRepositories() {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Rows extends CrudRepository<EngagementRow, String> {}

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface OrganizationLinks extends CrudRepository<OrganizationLink, Long> {
    List<OrganizationLink> findByEngagementIdOrderById(String engagementId);

    List<OrganizationLink> findByOrganizationId(String organizationId);

    long countByOrganizationId(String organizationId);

    void deleteByEngagementId(String engagementId);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface PersonLinks extends CrudRepository<PersonLink, Long> {
    List<PersonLink> findByEngagementIdOrderById(String engagementId);

    long countByPersonId(String personId);

    List<PersonLink> findByPersonId(String personId);

    void deleteByEngagementId(String engagementId);
  }

  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface TopicLinks extends CrudRepository<TopicLink, Long> {
    List<TopicLink> findByEngagementIdOrderById(String engagementId);

    void deleteByEngagementId(String engagementId);
  }
}
