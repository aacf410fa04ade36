package dev.directory.core.position;

import dev.directory.core.record.Cells;
import dev.directory.core.record.Drafted;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a position, in the order of positions.csv. */
public enum PositionField implements Field {
  ID("id", "id", true),
  TITLE("title", "title", true),
  ORGANIZATION("organization_id", "organization", true),
  PRESS_CONTACT(new Names("press_contact", "pressContact", false).chosenFrom("no", "yes")),
  EMAILS("emails", "emails", false),
  PHONES("phones", "phones", false),
  HOLDERS(new Names("holders", "holders", false).inSeveralLines()),
  NOTES(new Names("notes", "notes", false).inSeveralLines());

  private final Names names;

  PositionField(String column, String json, boolean required) {
    this(new Names(column, json, required));
  }

  PositionField(Names names) {
    this.names = names;
  }

  @Override
  public Names names() {
    return names;
  }

  /** A position as positions.csv and the edit form give its cells. */
  public static Drafted<PositionDraft> draft(Map<String, String> cells) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, PositionField.values());
    Boolean press = r.value(PRESS_CONTACT, cells.get("press_contact"), Values::yesNo);
    var holders = r.list(HOLDERS, Cells.items(cells.get("holders")), PositionCheck::holderDraft);
    var draft =
        new PositionDraft(
            cells.get("id"),
            cells.get("title"),
            cells.get("organization_id"),
            press,
            Cells.items(cells.get("emails")).stream().map(Cells::entry).toList(),
            Cells.items(cells.get("phones")).stream().map(Cells::entry).toList(),
            holders,
            cells.get("notes"));
    return new Drafted<>(draft, r.problems());
  }

  public static Map<String, String> cells(Position p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", p.id());
    cells.put("title", p.title());
    cells.put("organization_id", p.organizationId());
    cells.put("press_contact", p.pressContact() ? "yes" : "no");
    cells.put("emails", Cells.emails(p.emails()));
    cells.put("phones", Cells.phones(p.phones()));
    cells.put(
        "holders", String.join("; ", p.holders().stream().map(PositionCheck::written).toList()));
    cells.put("notes", p.notes());
    return Cells.blanksAsNull(cells);
  }
}
