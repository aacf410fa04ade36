package dev.directory.core.position;

import static dev.directory.core.position.PositionField.EMAILS;
import static dev.directory.core.position.PositionField.HOLDERS;
import static dev.directory.core.position.PositionField.ID;
import static dev.directory.core.position.PositionField.ORGANIZATION;
import static dev.directory.core.position.PositionField.PHONES;
import static dev.directory.core.position.PositionField.TITLE;

import dev.directory.core.organization.Known;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Checked;
import dev.directory.core.record.ContactEntries;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import java.time.LocalDate;
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

  public static Checked<Position> check(PositionDraft draft, Known known) {
    Reading r = new Reading();
    String id = r.value(ID, draft.id(), Values::id);
    String title = r.value(TITLE, draft.title(), v -> Values.label(v, Values.TITLE));
    String organizationId = r.value(ORGANIZATION, draft.organizationId(), Values::id);
    String country = known.countryOf(r, ORGANIZATION, organizationId);
    var emails = ContactEntries.emails(r, EMAILS, draft.emails());
    var phones = ContactEntries.phones(r, PHONES, draft.phones(), country);
    var holders = r.each(HOLDERS, draft.holders(), PositionCheck::holding);
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
                Boolean.TRUE.equals(draft.pressContact()),
                emails,
                phones,
                holders,
                Reading.text(draft.notes())));
  }

  /** A holder as given: a person's id, and dates that do not end before they start. */
  static Holding holding(PositionDraft.HolderDraft holder) {
    String personId = Values.id(holder.person() == null ? "" : holder.person());
    LocalDate start = holder.from() == null ? null : Values.date(holder.from());
    LocalDate end = holder.to() == null ? null : Values.date(holder.to());
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidValue(ProblemCode.DATE_ORDER, end, start);
    }
    return new Holding(personId, start, end);
  }

  /** A holder as positions.csv writes one: {@code sebastian-mathews from 2019-03-01}. */
  static PositionDraft.HolderDraft holderDraft(String written) {
    Matcher m = HOLDER.matcher(written.strip());
    if (!m.matches()) {
      throw new InvalidValue(ProblemCode.HOLDER_FORM, written);
    }
    return new PositionDraft.HolderDraft(m.group(1), m.group(2), m.group(3));
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
