package dev.directory.core.record;

import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.topic.Topics;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** What the database holds, as a check of one edited record needs it. */
@Singleton
public final class StoredRecords implements Known {

  private final Organizations organizations;
  private final Topics topics;

  StoredRecords(Organizations organizations, Topics topics) {
    this.organizations = organizations;
    this.topics = topics;
  }

  @Override
  @Nullable
  public OrganizationKind kindOf(String organizationId) {
    return organizations.find(organizationId).map(Organization::kind).orElse(null);
  }

  @Override
  @Nullable
  public String countryOf(String organizationId) {
    return organizations.find(organizationId).map(Organization::country).orElse(null);
  }

  @Override
  @Nullable
  public String parentOf(String organizationId) {
    return organizations.find(organizationId).map(Organization::parentId).orElse(null);
  }

  @Override
  public boolean topicExists(String topicId) {
    return topics.exists(topicId);
  }
}
