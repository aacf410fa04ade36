package dev.directory.core.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** The table rows an {@link Engagement} is stored in. */
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
}
