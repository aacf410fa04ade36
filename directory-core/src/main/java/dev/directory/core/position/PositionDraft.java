package dev.directory.core.position;

import dev.directory.core.record.Entry;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A position as given — by a row of positions.csv, a JSON body or the edit form — before it is
 * checked: the values are as typed, each holder a person and the days they began and left, and
 * {@link PositionCheck} reads them into a {@code Position} or says what is wrong.
 */
public record PositionDraft(
    @Nullable String id,
    @Nullable String title,
    @Nullable String organizationId,
    @Nullable Boolean pressContact,
    List<Entry> emails,
    List<Entry> phones,
    List<HolderDraft> holders,
    @Nullable String notes) {

  /** A holder as given: the person's id, and the days as written (YYYY-MM-DD), when given. */
  public record HolderDraft(@Nullable String person, @Nullable String from, @Nullable String to) {}

  public PositionDraft {
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    holders = List.copyOf(holders);
  }

  public PositionDraft withId(String newId) {
    return new PositionDraft(
        newId, title, organizationId, pressContact, emails, phones, holders, notes);
  }
}
