package dev.directory.core.person;

import dev.directory.core.record.Entry;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A person as given — by a row of people.csv, a JSON body or the edit form — before it is checked:
 * the values are as typed, and {@link PersonCheck} reads them into a {@code Person} or says what is
 * wrong.
 */
public record PersonDraft(
    @Nullable String id,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable String title,
    @Nullable String organizationId,
    List<String> roles,
    List<Entry> emails,
    List<Entry> phones,
    List<String> languages,
    List<String> topics,
    @Nullable Boolean pressContact,
    @Nullable String visibility,
    @Nullable String notes) {

  public PersonDraft {
    roles = List.copyOf(roles);
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    languages = List.copyOf(languages);
    topics = List.copyOf(topics);
  }

  public PersonDraft withId(String newId) {
    return new PersonDraft(
        newId,
        givenName,
        familyName,
        title,
        organizationId,
        roles,
        emails,
        phones,
        languages,
        topics,
        pressContact,
        visibility,
        notes);
  }
}
