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
  ID("id", "id", true),
  GIVEN_NAME("given_name", "givenName", true),
  FAMILY_NAME("family_name", "familyName", true),
  TITLE("job_title", "title", false),
  ORGANIZATION("organization_id", "organization", true),
  ROLES("roles", "roles", false),
  EMAILS("emails", "emails", false),
  PHONES("phones", "phones", false),
  LANGUAGES("languages", "languages", false),
  TOPICS("topics", "topics", false),
  PRESS_CONTACT(new Names("press_contact", "pressContact", false).chosenFrom("no", "yes")),
  VISIBILITY(new Names("visibility", "visibility", false).chosenFrom("internal", "public")),
  NOTES(new Names("notes", "notes", false).inSeveralLines());

  private final Names names;

  PersonField(String column, String json, boolean required) {
    this(new Names(column, json, required));
  }

  PersonField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }

  public static Drafted<PersonDraft> draft(Map<String, String> cells) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, PersonField.values());
    Boolean press = r.value(PersonField.PRESS_CONTACT, cells.get("press_contact"), Values::yesNo);
    var draft =
        new PersonDraft(
            cells.get("id"),
            cells.get("given_name"),
            cells.get("family_name"),
            cells.get("job_title"),
            cells.get("organization_id"),
            Cells.items(cells.get("roles")),
            Cells.items(cells.get("emails")).stream().map(Cells::entry).toList(),
            Cells.items(cells.get("phones")).stream().map(Cells::entry).toList(),
            Cells.items(cells.get("languages")),
            Cells.items(cells.get("topics")),
            press,
            cells.get("visibility"),
            cells.get("notes"));
    return new Drafted<>(draft, r.problems());
  }

  public static Map<String, String> cells(Person p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", p.id());
    cells.put("given_name", p.givenName());
    cells.put("family_name", p.familyName());
    cells.put("job_title", p.jobTitle());
    cells.put("organization_id", p.organizationId());
    cells.put("roles", String.join("; ", p.roles()));
    cells.put("emails", Cells.emails(p.emails()));
    cells.put("phones", Cells.phones(p.phones()));
    cells.put("languages", String.join("; ", p.languages()));
    cells.put("topics", String.join("; ", p.topicIds()));
    cells.put("press_contact", p.pressContact() ? "yes" : "no");
    cells.put("visibility", p.visibility().code());
    cells.put("notes", p.notes());
    return Cells.blanksAsNull(cells);
  }
}
