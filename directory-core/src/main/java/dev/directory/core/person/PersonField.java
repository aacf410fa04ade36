package dev.directory.core.person;

import dev.directory.core.record.Cells;
import dev.directory.core.record.Drafted;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a person, in the order of people.csv. */
public enum PersonField implements Field {
  ID(new Names("id", "id", true)),
  GIVEN_NAME(new Names("given_name", "givenName", true)),
  FAMILY_NAME(new Names("family_name", "familyName", true)),
  TITLE(new Names("job_title", "title", false)),
  ORGANIZATION(new Names("organization_id", "organization", true)),
  ROLES(new Names("roles", "roles", false).aList()),
  EMAILS(new Names("emails", "emails", false).aList()),
  PHONES(new Names("phones", "phones", false).aList()),
  LANGUAGES(new Names("languages", "languages", false).aList()),
  TOPICS(new Names("topics", "topics", false).aList()),
  PRESS_CONTACT(new Names("press_contact", "pressContact", false).chosenFrom("no", "yes")),
  VISIBILITY(new Names("visibility", "visibility", false).chosenFrom("internal", "public")),
  NOTES(new Names("notes", "notes", false).inSeveralLines());

  private final Names names;

  PersonField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }

  /** A person as a row of people.csv or the edit form gives its cells. */
  public static Drafted<PersonDraft> draft(Map<String, String> cells) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, PersonField.values());
    Boolean press =
        r.value(PersonField.PRESS_CONTACT, cells.get(PRESS_CONTACT.column()), Values::yesNo);
    var draft =
        new PersonDraft(
            cells.get(ID.column()),
            cells.get(GIVEN_NAME.column()),
            cells.get(FAMILY_NAME.column()),
            cells.get(TITLE.column()),
            cells.get(ORGANIZATION.column()),
            Cells.items(cells.get(ROLES.column())),
            Cells.items(cells.get(EMAILS.column())).stream().map(Cells::entry).toList(),
            Cells.items(cells.get(PHONES.column())).stream().map(Cells::entry).toList(),
            Cells.items(cells.get(LANGUAGES.column())),
            Cells.items(cells.get(TOPICS.column())),
            press,
            cells.get(VISIBILITY.column()),
            cells.get(NOTES.column()));
    return new Drafted<>(draft, r.problems());
  }

  /**
   * The person's cells, as people.csv writes them: what the edit form shows and the history
   * compares.
   */
  public static Map<String, String> cells(Person p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put(ID.column(), p.id());
    cells.put(GIVEN_NAME.column(), p.givenName());
    cells.put(FAMILY_NAME.column(), p.familyName());
    cells.put(TITLE.column(), p.jobTitle());
    cells.put(ORGANIZATION.column(), p.organizationId());
    cells.put(ROLES.column(), String.join("; ", p.roles()));
    cells.put(EMAILS.column(), Cells.emails(p.emails()));
    cells.put(PHONES.column(), Cells.phones(p.phones()));
    cells.put(LANGUAGES.column(), String.join("; ", p.languages()));
    cells.put(TOPICS.column(), String.join("; ", p.topicIds()));
    cells.put(PRESS_CONTACT.column(), p.pressContact() ? "yes" : "no");
    cells.put(VISIBILITY.column(), p.visibility().code());
    cells.put(NOTES.column(), p.notes());
    return Cells.blanksAsNull(cells);
  }
}
