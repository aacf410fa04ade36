package dev.directory.core.organization;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * An organisation as given — by a row of organizations.csv, a JSON body or the edit form — before
 * it is checked by {@link OrganizationCheck}.
 */
public record OrganizationDraft(
    @Nullable String id,
    @Nullable String kind,
    @Nullable String name,
    @Nullable String localName,
    List<String> aliases,
    @Nullable String parentId,
    @Nullable String country,
    @Nullable String region,
    @Nullable String city,
    @Nullable String website,
    @Nullable String phone,
    @Nullable String email,
    List<String> topics,
    @Nullable String notes) {

  public OrganizationDraft {
    aliases = List.copyOf(aliases);
    topics = List.copyOf(topics);
  }

  public OrganizationDraft withId(String newId) {
    return new OrganizationDraft(
        newId, kind, name, localName, aliases, parentId, country, region, city, website, phone,
        email, topics, notes);
  }
}
