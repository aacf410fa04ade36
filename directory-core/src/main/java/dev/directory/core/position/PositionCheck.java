package dev.directory.core.position;

import static dev.directory.core.position.PositionField.EMAILS;
import static dev.directory.core.position.PositionField.HOLDERS;
import static dev.directory.core.position.PositionField.ID;
import static dev.directory.core.position.PositionField.ORGANIZATION;
import static dev.directory.core.position.PositionField.PHONES;
import static dev.directory.core.position.PositionField.PRESS_CONTACT;
import static dev.directory.core.position.PositionField.TITLE;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.Known;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Cells;
import dev.directory.core.record.Checked;
import dev.directory.core.record.Entry;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check of a position, whoever gives it (import, API): every value (phones read in the
 * country of its organisation), the organisation, and each holder: a person who exists, with dates
 * that do not end before they start.
 */
public final class PositionCheck {

  /** {@code person-id}, then {@code from 2020-01-31} or {@code to …} or both. */
  private static final Pattern HOLDER =
      Pattern.compile("(\\S+)(?:\\s+from\\s+(\\S+))?(?:\\s+to\\s+(\\S+))?");

  private PositionCheck() {}

  public static Checked<Position> check(Map<String, String> cells, Known known) {
    Reading r = new Reading();
    Cells.unknownColumns(r, cells, PositionField.values());
    String id = r.value(ID, cells.get("id"), Values::id);
    String title = r.value(TITLE, cells.get("title"), v -> Values.label(v, Values.TITLE));
    String organizationId = r.value(ORGANIZATION, cells.get("organization_id"), Values::id);
    String country = known.countryOf(r, ORGANIZATION, organizationId);
    Boolean press = r.value(PRESS_CONTACT, cells.get("press_contact"), Values::yesNo);
    var emails =
        r.list(
            EMAILS,
            Cells.items(cells.get("emails")),
            item -> {
              Entry e = Cells.entry(item);
              return new Email(
                  e.type() == null ? EmailType.WORK : EmailType.parse(e.type()),
                  Email.normalize(e.value()));
            });
    String phoneCountry = country;
    var phones =
        r.list(
            PHONES,
            Cells.items(cells.get("phones")),
            item -> {
              Entry p = Cells.entry(item);
              return PhoneNumbers.read(
                  p.type() == null ? PhoneType.WORK : PhoneType.parse(p.type()),
                  p.value(),
                  phoneCountry);
            });
    var holders = r.list(HOLDERS, Cells.items(cells.get("holders")), PositionCheck::holding);
    for (Holding holding : holders) {
      if (!known.personExists(holding.personId())) {
        r.problem(HOLDERS, ProblemCode.REFERENCE_MISSING, ProblemWord.PERSON, holding.personId());
      }
    }
    return r.checked(
        () ->
            new Position(
                id,
                title,
                organizationId,
                Boolean.TRUE.equals(press),
                emails,
                phones,
                holders,
                Reading.text(cells.get("notes"))));
  }

  /** A holder as positions.csv writes one: {@code sebastian-mathews from 2019-03-01}. */
  static Holding holding(String written) {
    Matcher m = HOLDER.matcher(written.strip());
    if (!m.matches()) {
      throw new InvalidValue(ProblemCode.HOLDER_FORM, written);
    }
    String personId = Values.id(m.group(1));
    LocalDate start = m.group(2) == null ? null : Values.date(m.group(2));
    LocalDate end = m.group(3) == null ? null : Values.date(m.group(3));
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidValue(ProblemCode.DATE_ORDER, end, start);
    }
    return new Holding(personId, start, end);
  }

  /** A holder as {@link #holding} reads it. */
  public static String written(Holding holding) {
    StringBuilder text = new StringBuilder(holding.personId());
    if (holding.start() != null) {
      text.append(" from ").append(holding.start());
    }
    if (holding.end() != null) {
      text.append(" to ").append(holding.end());
    }
    return text.toString();
  }
}
