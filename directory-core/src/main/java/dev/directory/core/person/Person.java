package dev.directory.core.person;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * Somebody in an organisation. Given and family names are kept apart for sorting and vCards; roles
 * are free labels such as "chief of mission" or "press".
 */
public record Person(
    String id,
    String givenName,
    String familyName,
    @Nullable String jobTitle,
    String organizationId,
    List<String> roles,
    List<Email> emails,
    List<Phone> phones,
    List<String> languages,
    List<String> topicIds,
    boolean pressContact,
    Visibility visibility,
    @Nullable String notes) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(visibility, "visibility");
    roles = List.copyOf(roles);
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    languages = List.copyOf(languages);
    topicIds = List.copyOf(topicIds);
  }

  public String fullName() {
    return givenName.isEmpty() ? familyName : givenName + " " + familyName;
  }

  /** The same person in another organisation. */
  public Person withOrganization(@Nullable String organization) {
    return new Person(
        id,
        givenName,
        familyName,
        jobTitle,
        organization,
        roles,
        emails,
        phones,
        languages,
        topicIds,
        pressContact,
        visibility,
        notes);
  }
}
