package dev.directory.core.organization;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
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

  /** Marks each topic that does not exist as a missing reference of the field. */
  default void checkTopics(Reading r, Field field, Iterable<String> topicIds) {
    for (String topicId : topicIds) {
      if (!topicExists(topicId)) {
        r.problem(field, ProblemCode.REFERENCE_MISSING, ProblemWord.TOPIC, topicId);
      }
    }
  }

  /**
   * The country of the organisation a record names in {@code field} (its phones are read there); a
   * problem when there is no such organisation.
   */
  @Nullable
  default String countryOf(Reading r, Field field, @Nullable String organizationId) {
    if (organizationId == null) {
      return null;
    }
    Facts organization = organization(organizationId);
    if (organization == null) {
      r.problem(field, ProblemCode.REFERENCE_MISSING, ProblemWord.ORGANIZATION, organizationId);
      return null;
    }
    return organization.country();
  }
}
