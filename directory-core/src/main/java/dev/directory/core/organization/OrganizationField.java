package dev.directory.core.organization;

import dev.directory.core.record.Cells;
import dev.directory.core.record.Drafted;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an organisation, in the order of organizations.csv. */
public enum OrganizationField implements Field {
  ID(new Names("id", "id", true)),
  KIND(
      new Names("kind", "type", true)
          .chosenFrom("ministry", "department", "municipal_service", "mission_office", "partner")),
  NAME(new Names("name", "name", true)),
  LOCAL_NAME(new Names("local_name", "localName", false)),
  ALIASES(new Names("aliases", "aliases", false).aList()),
  PARENT(new Names("parent_id", "parent", false)),
  COUNTRY(new Names("country", "place.country", false)),
  REGION(new Names("region", "place.region", false)),
  CITY(new Names("city", "place.city", false)),
  WEBSITE(new Names("website", "website", false)),
  PHONE(new Names("phone", "phone", false)),
  EMAIL(new Names("email", "email", false)),
  TOPICS(new Names("topics", "topics", false).aList()),
  NOTES(new Names("notes", "notes", false).inSeveralLines()),
  STATUS(new Names("status", "status", false).chosenFrom("active", "closed")),
  FORMER_NAMES(new Names("former_names", "formerNames", false).aList()),
  SUCCESSORS(new Names("successors", "successors", false).aList());

  private final Names names;

  OrganizationField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }

  /**
   * Whether the field follows from the organisation's dated changes (its status, former names and
   * successors): an import carries it, the edit form does not offer it.
   */
  public boolean followsFromChanges() {
    return this == STATUS || this == FORMER_NAMES || this == SUCCESSORS;
  }

  /** An organisation as a row of organizations.csv or the edit form gives its cells. */
  public static Drafted<OrganizationDraft> draft(Map<String, String> cells) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, OrganizationField.values());
    var draft =
        new OrganizationDraft(
            cells.get(ID.column()),
            cells.get(KIND.column()),
            cells.get(NAME.column()),
            cells.get(LOCAL_NAME.column()),
            Cells.items(cells.get(ALIASES.column())),
            cells.get(PARENT.column()),
            cells.get(COUNTRY.column()),
            cells.get(REGION.column()),
            cells.get(CITY.column()),
            cells.get(WEBSITE.column()),
            cells.get(PHONE.column()),
            cells.get(EMAIL.column()),
            Cells.items(cells.get(TOPICS.column())),
            cells.get(NOTES.column()),
            cells.get(STATUS.column()),
            Cells.items(cells.get(FORMER_NAMES.column())),
            Cells.items(cells.get(SUCCESSORS.column())));
    return new Drafted<>(draft, r.problems());
  }

  /**
   * The organisation's cells, as organizations.csv writes them: what the edit form shows and the
   * history compares.
   */
  public static Map<String, String> cells(Organization o) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put(ID.column(), o.id());
    cells.put(KIND.column(), o.kind().code());
    cells.put(NAME.column(), o.name());
    cells.put(LOCAL_NAME.column(), o.localName());
    cells.put(ALIASES.column(), String.join("; ", o.aliases()));
    cells.put(PARENT.column(), o.parentId());
    cells.put(COUNTRY.column(), o.country());
    cells.put(REGION.column(), o.region());
    cells.put(CITY.column(), o.city());
    cells.put(WEBSITE.column(), o.website());
    cells.put(PHONE.column(), o.phone() == null ? null : o.phone().raw());
    cells.put(EMAIL.column(), o.email());
    cells.put(TOPICS.column(), String.join("; ", o.topicIds()));
    cells.put(NOTES.column(), o.notes());
    cells.put(STATUS.column(), o.status().code());
    cells.put(FORMER_NAMES.column(), String.join("; ", o.formerNames()));
    cells.put(SUCCESSORS.column(), String.join("; ", o.successorIds()));
    return Cells.blanksAsNull(cells);
  }
}
