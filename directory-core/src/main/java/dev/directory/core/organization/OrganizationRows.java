package dev.directory.core.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The table rows an {@link Organization} is stored in. */
final class OrganizationRows {

  private OrganizationRows() {}

  @MappedEntity("organization")
  record OrganizationRow(
      @Id String id,
      String kind,
      String name,
      @Nullable String localName,
      String aliases,
      @Nullable String parentId,
      @Nullable String country,
      @Nullable String region,
      @Nullable String city,
      @Nullable String website,
      @Nullable String phoneRaw,
      @Nullable String phoneE164,
      @Nullable String phoneIssue,
      @Nullable String email,
      @Nullable String notes,
      String status,
      String formerNames,
      String successors) {}

  @MappedEntity("organization_topic")
  record TopicRow(@Id @GeneratedValue @Nullable Long id, String organizationId, String topicId) {}
}
