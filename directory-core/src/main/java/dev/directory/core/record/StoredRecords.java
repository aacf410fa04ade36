package dev.directory.core.record;

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
  public Facts organization(String organizationId) {
    return organizations
        .find(organizationId)
        .map(o -> new Facts(o.kind(), o.country(), o.parentId()))
        .orElse(null);
  }

  @Override
  public boolean topicExists(String topicId) {
    return topics.exists(topicId);
  }
}
