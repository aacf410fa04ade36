package dev.directory.core.editing;

import dev.directory.core.organization.Known;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.storage.Batches;
import dev.directory.core.topic.Topics;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the database holds, as a check of one edited record needs it. */
@Singleton
public final class StoredRecords implements Known {

  private final Organizations organizations;
  private final Topics topics;
  private final People people;

  StoredRecords(Organizations organizations, Topics topics, People people) {
    this.organizations = organizations;
    this.topics = topics;
    this.people = people;
  }

  @Override
  @Nullable
  public Facts organization(String organizationId) {
    return organizations(List.of(organizationId)).get(organizationId);
  }

  /** The facts of those of these organisations that exist, read a thousand at a time. */
  public Map<String, Facts> organizations(Collection<String> organizationIds) {
    Map<String, Facts> facts = new HashMap<>();
    for (List<String> batch : Batches.of(List.copyOf(organizationIds))) {
      for (Organization o : organizations.findAll(batch)) {
        facts.put(o.id(), new Facts(o.kind(), o.country(), o.parentId()));
      }
    }
    return facts;
  }

  @Override
  public boolean topicExists(String topicId) {
    return topics.exists(topicId);
  }

  @Override
  public boolean personExists(String personId) {
    return people.exists(personId);
  }
}
