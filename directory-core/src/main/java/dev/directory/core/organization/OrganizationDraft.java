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
    @Nullable String notes,
    @Nullable String status,
    List<String> formerNames,
    List<String> successors) {

  public OrganizationDraft {
    aliases = List.copyOf(aliases);
    topics = List.copyOf(topics);
    formerNames = List.copyOf(formerNames);
    successors = List.copyOf(successors);
  }

  /**
   * The draft with the stored organisation's status, former names and successors when it does not
   * speak of them (an edit form, an older client): an edit does not reopen a closed organisation.
   */
  public OrganizationDraft keepingLifecycleOf(Organization stored) {
    return status != null
        ? this
        : with(id, stored.status().code(), stored.formerNames(), stored.successorIds());
  }

  public OrganizationDraft withId(String newId) {
    return with(newId, status, formerNames, successors);
  }

  private OrganizationDraft with(
      @Nullable String newId,
      @Nullable String newStatus,
      List<String> newFormerNames,
      List<String> newSuccessors) {
    return new OrganizationDraft(
        newId,
        kind,
        name,
        localName,
        aliases,
        parentId,
        country,
        region,
        city,
        website,
        phone,
        email,
        topics,
        notes,
        newStatus,
        newFormerNames,
        newSuccessors);
  }
}
