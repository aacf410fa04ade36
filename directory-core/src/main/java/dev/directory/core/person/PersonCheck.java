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

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.Known;
import dev.directory.core.record.Checked;
import dev.directory.core.record.Entry;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import java.util.Objects;
import java.util.function.Function;

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
    String phoneCountry = country;
    var emails =
        draft.emails().stream()
            .map(
                e ->
                    r.value(
                        EMAILS,
                        e.value(),
                        address ->
                            new Email(
                                typeOf(e, EmailType::parse, EmailType.WORK),
                                Email.normalize(address))))
            .filter(Objects::nonNull)
            .toList();
    var phones =
        draft.phones().stream()
            .map(
                p ->
                    r.value(
                        PHONES,
                        p.value(),
                        number ->
                            PhoneNumbers.read(
                                typeOf(p, PhoneType::parse, PhoneType.WORK), number, phoneCountry)))
            .filter(Objects::nonNull)
            .toList();
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

  private static <K> K typeOf(Entry entry, Function<String, K> parse, K otherwise) {
    String type = Reading.text(entry.type());
    return type == null ? otherwise : parse.apply(type);
  }
}
