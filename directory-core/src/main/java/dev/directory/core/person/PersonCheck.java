package dev.directory.core.person;

import static dev.directory.core.person.PersonField.EMAILS;
import static dev.directory.core.person.PersonField.FAMILY_NAME;
import static dev.directory.core.person.PersonField.GIVEN_NAME;
import static dev.directory.core.person.PersonField.ID;
import static dev.directory.core.person.PersonField.LANGUAGES;
import static dev.directory.core.person.PersonField.ORGANIZATION;
import static dev.directory.core.person.PersonField.PHONES;
import static dev.directory.core.person.PersonField.ROLES;
import static dev.directory.core.person.PersonField.TITLE;
import static dev.directory.core.person.PersonField.TOPICS;
import static dev.directory.core.person.PersonField.VISIBILITY;

import dev.directory.core.organization.Known;
import dev.directory.core.record.Checked;
import dev.directory.core.record.ContactEntries;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;

/**
 * The one check of a person, whoever gives it (import, API, edit form): every value (phones read in
 * the country of their organisation), the organisation and the topics.
 */
public final class PersonCheck {

  private PersonCheck() {}

  public static Checked<Person> check(PersonDraft draft, Known known) {
    Reading r = new Reading();
    String id = r.value(ID, draft.id(), Values::id);
    String given = r.value(GIVEN_NAME, draft.givenName(), v -> Values.label(v, Values.NAME));
    String family = r.value(FAMILY_NAME, draft.familyName(), v -> Values.label(v, Values.NAME));
    String organizationId = r.value(ORGANIZATION, draft.organizationId(), Values::id);
    String country = known.countryOf(r, ORGANIZATION, organizationId);
    var emails = ContactEntries.emails(r, EMAILS, draft.emails());
    var phones = ContactEntries.phones(r, PHONES, draft.phones(), country);
    var topics = r.list(TOPICS, draft.topics(), Values::id);
    known.checkTopics(r, TOPICS, topics);
    Visibility visibility = r.value(VISIBILITY, draft.visibility(), Visibility::parse);
    String title = r.value(TITLE, draft.title(), v -> Values.label(v, Values.TITLE));
    var roles = r.list(ROLES, draft.roles(), v -> Values.label(v, Values.LABEL));
    var languages = r.list(LANGUAGES, draft.languages(), Values::language);
    return r.checked(
        () ->
            new Person(
                id,
                given,
                family,
                title,
                organizationId,
                roles,
                emails,
                phones,
                languages,
                topics,
                Boolean.TRUE.equals(draft.pressContact()),
                visibility == null ? Visibility.INTERNAL : visibility,
                Reading.text(draft.notes())));
  }
}
