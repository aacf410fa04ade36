package dev.directory.core.audit;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record's fields as text, named as the columns of its CSV file and written as a person would
 * type them there ({@code work: press@iom.int; mobile: …}): what the history compares and an edit
 * form shows, and what the import's checks read back.
 */
public final class RecordFields {

  private RecordFields() {}

  public static Map<String, String> of(Organization o) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", o.id());
    fields.put("kind", o.kind().code());
    fields.put("name", o.name());
    fields.put("local_name", o.localName());
    fields.put("aliases", String.join("; ", o.aliases()));
    fields.put("parent_id", o.parentId());
    fields.put("country", o.country());
    fields.put("region", o.region());
    fields.put("city", o.city());
    fields.put("website", o.website());
    fields.put("phone", o.phone() == null ? null : o.phone().raw());
    fields.put("email", o.email());
    fields.put("topics", String.join("; ", o.topicIds()));
    fields.put("notes", o.notes());
    return blanksAsNull(fields);
  }

  public static Map<String, String> of(Person p) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", p.id());
    fields.put("given_name", p.givenName());
    fields.put("family_name", p.familyName());
    fields.put("job_title", p.jobTitle());
    fields.put("organization_id", p.organizationId());
    fields.put("roles", String.join("; ", p.roles()));
    fields.put(
        "emails",
        String.join(
            "; ", p.emails().stream().map(e -> e.type().code() + ": " + e.address()).toList()));
    fields.put(
        "phones",
        String.join(
            "; ", p.phones().stream().map(ph -> ph.type().code() + ": " + ph.raw()).toList()));
    fields.put("languages", String.join("; ", p.languages()));
    fields.put("topics", String.join("; ", p.topicIds()));
    fields.put("press_contact", p.pressContact() ? "yes" : "no");
    fields.put("visibility", p.visibility().code());
    fields.put("notes", p.notes());
    return blanksAsNull(fields);
  }

  /** The fields that differ, in the order of the record's columns. */
  public static List<FieldChange> diff(
      @Nullable Map<String, String> before, @Nullable Map<String, String> after) {
    Map<String, String> was = before == null ? Map.of() : before;
    Map<String, String> is = after == null ? Map.of() : after;
    Set<String> names = new LinkedHashSet<>(is.keySet());
    names.addAll(was.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(was.get(name), is.get(name))) {
        changes.add(new FieldChange(name, was.get(name), is.get(name)));
      }
    }
    return changes;
  }

  private static Map<String, String> blanksAsNull(Map<String, String> fields) {
    fields.replaceAll((name, value) -> value == null || value.isEmpty() ? null : value);
    return fields;
  }
}
