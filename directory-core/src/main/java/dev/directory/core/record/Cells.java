package dev.directory.core.record;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.Phone;
import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as text cells, named by their columns and written as a person types them in the CSV files
 * and the edit forms: a list is {@code ;}-separated, an e-mail or phone may start with its type
 * ({@code mobile: +56 9 …}), a flag is yes or no. The history compares records in this form.
 */
public final class Cells {

  private Cells() {}

  public static Drafted<OrganizationDraft> organization(Map<String, String> cells) {
    Reading r = new Reading();
    unknownColumns(r, cells, OrganizationField.values());
    var draft =
        new OrganizationDraft(
            cells.get("id"),
            cells.get("kind"),
            cells.get("name"),
            cells.get("local_name"),
            items(cells.get("aliases")),
            cells.get("parent_id"),
            cells.get("country"),
            cells.get("region"),
            cells.get("city"),
            cells.get("website"),
            cells.get("phone"),
            cells.get("email"),
            items(cells.get("topics")),
            cells.get("notes"));
    return new Drafted<>(draft, r.problems());
  }

  public static Drafted<PersonDraft> person(Map<String, String> cells) {
    Reading r = new Reading();
    unknownColumns(r, cells, PersonField.values());
    Boolean press = r.value(PersonField.PRESS_CONTACT, cells.get("press_contact"), Values::yesNo);
    var draft =
        new PersonDraft(
            cells.get("id"),
            cells.get("given_name"),
            cells.get("family_name"),
            cells.get("job_title"),
            cells.get("organization_id"),
            items(cells.get("roles")),
            items(cells.get("emails")).stream().map(Cells::entry).toList(),
            items(cells.get("phones")).stream().map(Cells::entry).toList(),
            items(cells.get("languages")),
            items(cells.get("topics")),
            press,
            cells.get("visibility"),
            cells.get("notes"));
    return new Drafted<>(draft, r.problems());
  }

  public static Map<String, String> of(Organization o) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", o.id());
    cells.put("kind", o.kind().code());
    cells.put("name", o.name());
    cells.put("local_name", o.localName());
    cells.put("aliases", String.join("; ", o.aliases()));
    cells.put("parent_id", o.parentId());
    cells.put("country", o.country());
    cells.put("region", o.region());
    cells.put("city", o.city());
    cells.put("website", o.website());
    cells.put("phone", o.phone() == null ? null : o.phone().raw());
    cells.put("email", o.email());
    cells.put("topics", String.join("; ", o.topicIds()));
    cells.put("notes", o.notes());
    return blanksAsNull(cells);
  }

  public static Map<String, String> of(Person p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", p.id());
    cells.put("given_name", p.givenName());
    cells.put("family_name", p.familyName());
    cells.put("job_title", p.jobTitle());
    cells.put("organization_id", p.organizationId());
    cells.put("roles", String.join("; ", p.roles()));
    cells.put("emails", emails(p.emails()));
    cells.put("phones", phones(p.phones()));
    cells.put("languages", String.join("; ", p.languages()));
    cells.put("topics", String.join("; ", p.topicIds()));
    cells.put("press_contact", p.pressContact() ? "yes" : "no");
    cells.put("visibility", p.visibility().code());
    cells.put("notes", p.notes());
    return blanksAsNull(cells);
  }

  public static Map<String, String> of(Position p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", p.id());
    cells.put("title", p.title());
    cells.put("organization_id", p.organizationId());
    cells.put("press_contact", p.pressContact() ? "yes" : "no");
    cells.put("emails", emails(p.emails()));
    cells.put("phones", phones(p.phones()));
    cells.put(
        "holders", String.join("; ", p.holders().stream().map(PositionCheck::written).toList()));
    cells.put("notes", p.notes());
    return blanksAsNull(cells);
  }

  /** {@code work: a@example.org; personal: b@example.org} */
  private static String emails(List<Email> emails) {
    return String.join(
        "; ", emails.stream().map(e -> e.type().code() + ": " + e.address()).toList());
  }

  /** {@code work: +56 2 …; mobile: …}, each as written. */
  private static String phones(List<Phone> phones) {
    return String.join(
        "; ", phones.stream().map(ph -> ph.type().code() + ": " + ph.raw()).toList());
  }

  /** The {@code ;}-separated items of a cell, trimmed, empty ones dropped. */
  public static List<String> items(@Nullable String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code "mobile: +56 9 …"}: an optional type of letters before a colon, then the value. */
  static Entry entry(String item) {
    int colon = item.indexOf(':');
    if (colon > 0 && item.substring(0, colon).strip().matches("[A-Za-z]+")) {
      return new Entry(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
    }
    return new Entry(null, item);
  }

  static void unknownColumns(Reading r, Map<String, String> cells, Field[] fields) {
    for (String column : cells.keySet()) {
      if (Field.byColumn(fields, column).isEmpty()) {
        r.problem(Problem.of(column, ProblemCode.FIELD_UNKNOWN, column, Field.columns(fields)));
      }
    }
  }

  private static Map<String, String> blanksAsNull(Map<String, String> cells) {
    cells.replaceAll((name, value) -> value == null || value.isEmpty() ? null : value);
    return cells;
  }
}
