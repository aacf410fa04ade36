package dev.directory.core.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

/** The table rows an {@link Engagement} is stored in, and their repositories. */
final class EngagementRows {

  private EngagementRows() {}

  @MappedEntity("engagement")
  record EngagementRow(
      @Id String id,
      String kind,
      String title,
      @Nullable String period,
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      @Nullable String country,
      String places,
      String figures,
      @Nullable String description) {}

  @MappedEntity("engagement_organization")
  record OrganizationLink(
      @Id @GeneratedValue @Nullable Long id, String engagementId, String organizationId) {}

  @MappedEntity("engagement_person")
  record PersonLink(@Id @GeneratedValue @Nullable Long id, String engagementId, String personId) {}

  @MappedEntity("engagement_topic")
  record TopicLink(@Id @GeneratedValue @Nullable Long id, String engagementId, String topicId) {}

  @JdbcRepository(dialect = Dialect.H2)
  interface Rows extends CrudRepository<EngagementRow, String> {}

  @JdbcRepository(dialect = Dialect.H2)
  interface OrganizationLinks extends CrudRepository<OrganizationLink, Long> {
    List<OrganizationLink> findByEngagementIdOrderById(String engagementId);

    List<OrganizationLink> findByOrganizationId(String organizationId);

    long countByOrganizationId(String organizationId);

    void deleteByEngagementId(String engagementId);
  }

  @JdbcRepository(dialect = Dialect.H2)
  interface PersonLinks extends CrudRepository<PersonLink, Long> {
    List<PersonLink> findByEngagementIdOrderById(String engagementId);

    long countByPersonId(String personId);

    void deleteByEngagementId(String engagementId);
  }

  @JdbcRepository(dialect = Dialect.H2)
  interface TopicLinks extends CrudRepository<TopicLink, Long> {
    List<TopicLink> findByEngagementIdOrderById(String engagementId);

    void deleteByEngagementId(String engagementId);
  }
}
