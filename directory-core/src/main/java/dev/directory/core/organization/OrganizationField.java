package dev.directory.core.organization;

import dev.directory.core.record.Cells;
import dev.directory.core.record.Drafted;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an organisation, in the order of organizations.csv. */
public enum OrganizationField implements Field {
  ID("id", "id", true),
  KIND(
      new Names("kind", "type", true)
          .chosenFrom("ministry", "department", "municipal_service", "mission_office", "partner")),
  NAME("name", "name", true),
  LOCAL_NAME("local_name", "localName", false),
  ALIASES("aliases", "aliases", false),
  PARENT("parent_id", "parent", false),
  COUNTRY("country", "place.country", false),
  REGION("region", "place.region", false),
  CITY("city", "place.city", false),
  WEBSITE("website", "website", false),
  PHONE("phone", "phone", false),
  EMAIL("email", "email", false),
  TOPICS("topics", "topics", false),
  NOTES(new Names("notes", "notes", false).inSeveralLines());

  private final Names names;

  OrganizationField(String column, String json, boolean required) {
    this(new Names(column, json, required));
  }

  OrganizationField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }

  public static Drafted<OrganizationDraft> draft(Map<String, String> cells) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, OrganizationField.values());
    var draft =
        new OrganizationDraft(
            cells.get("id"),
            cells.get("kind"),
            cells.get("name"),
            cells.get("local_name"),
            Cells.items(cells.get("aliases")),
            cells.get("parent_id"),
            cells.get("country"),
            cells.get("region"),
            cells.get("city"),
            cells.get("website"),
            cells.get("phone"),
            cells.get("email"),
            Cells.items(cells.get("topics")),
            cells.get("notes"));
    return new Drafted<>(draft, r.problems());
  }

  public static Map<String, String> cells(Organization o) {
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
    return Cells.blanksAsNull(cells);
  }
}
