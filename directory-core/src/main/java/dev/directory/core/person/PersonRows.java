package dev.directory.core.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The table rows a {@link Person} is stored in. */
final class PersonRows {

  private PersonRows() {}

  @MappedEntity("person")
  record PersonRow(
      @Id String id,
      String givenName,
      String familyName,
      @Nullable String jobTitle,
      String organizationId,
      String roles,
      String languages,
      boolean pressContact,
      String visibility,
      @Nullable String notes) {}

  @MappedEntity("person_email")
  record EmailRow(
      @Id @GeneratedValue @Nullable Long id,
      String personId,
      int position,
      String type,
      String address) {}

  @MappedEntity("person_phone")
  record PhoneRow(
      @Id @GeneratedValue @Nullable Long id,
      String personId,
      int position,
      String type,
      String raw,
      @Nullable String e164,
      @Nullable String issue) {}

  @MappedEntity("person_topic")
  record TopicRow(@Id @GeneratedValue @Nullable Long id, String personId, String topicId) {}
}
