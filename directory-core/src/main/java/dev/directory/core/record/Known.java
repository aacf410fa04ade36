package dev.directory.core.record;

import dev.directory.core.organization.OrganizationKind;
import io.micronaut.core.annotation.Nullable;

/**
 * What a check needs to know of other records: the stored ones, or for an import the stored ones as
 * the files being imported would change them.
 */
public interface Known {

  /** The organisation's kind, or null when there is no such organisation. */
  @Nullable
  OrganizationKind kindOf(String organizationId);

  @Nullable
  String countryOf(String organizationId);

  @Nullable
  String parentOf(String organizationId);

  boolean topicExists(String topicId);
}
