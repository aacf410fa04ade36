package dev.directory.core.record;

import dev.directory.core.organization.OrganizationKind;
import io.micronaut.core.annotation.Nullable;

/**
 * What a check needs to know of other records: the stored ones, or for an import the stored ones as
 * the files being imported would change them.
 */
public interface Known {

  /** What a check needs of an organisation, read in one look-up. */
  record Facts(OrganizationKind kind, @Nullable String country, @Nullable String parentId) {}

  /** The organisation's facts, or null when there is no such organisation. */
  @Nullable
  Facts organization(String organizationId);

  boolean topicExists(String topicId);

  boolean personExists(String personId);
}
