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
  ID(new Names("id", "id", true)),
  TITLE(new Names("title", "title", true)),
  ORGANIZATION(new Names("organization_id", "organization", true)),
  PRESS_CONTACT(new Names("press_contact", "pressContact", false).chosenFrom("no", "yes")),
  EMAILS(new Names("emails", "emails", false).aList()),
  PHONES(new Names("phones", "phones", false).aList()),
  HOLDERS(new Names("holders", "holders", false).inSeveralLines().aList()),
  NOTES(new Names("notes", "notes", false).inSeveralLines());

  private final Names names;

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
    Boolean press = r.value(PRESS_CONTACT, cells.get(PRESS_CONTACT.column()), Values::yesNo);
    var holders =
        r.list(HOLDERS, Cells.items(cells.get(HOLDERS.column())), PositionCheck::holderDraft);
    var draft =
        new PositionDraft(
            cells.get(ID.column()),
            cells.get(TITLE.column()),
            cells.get(ORGANIZATION.column()),
            press,
            Cells.items(cells.get(EMAILS.column())).stream().map(Cells::entry).toList(),
            Cells.items(cells.get(PHONES.column())).stream().map(Cells::entry).toList(),
            holders,
            cells.get(NOTES.column()));
    return new Drafted<>(draft, r.problems());
  }

  /**
   * The position's cells, as positions.csv writes them: what the edit form shows and the history
   * compares.
   */
  public static Map<String, String> cells(Position p) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put(ID.column(), p.id());
    cells.put(TITLE.column(), p.title());
    cells.put(ORGANIZATION.column(), p.organizationId());
    cells.put(PRESS_CONTACT.column(), p.pressContact() ? "yes" : "no");
    cells.put(EMAILS.column(), Cells.emails(p.emails()));
    cells.put(PHONES.column(), Cells.phones(p.phones()));
    cells.put(
        "holders", String.join("; ", p.holders().stream().map(PositionCheck::written).toList()));
    cells.put(NOTES.column(), p.notes());
    return Cells.blanksAsNull(cells);
  }
}
