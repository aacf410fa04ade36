package dev.directory.core.audit;

import dev.directory.core.change.RecordKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A change to an organisation or a person: what it did, who did it and when, the version it made,
 * and each field before and after.
 */
public record RecordChange(
    RecordKind kind,
    String id,
    Action action,
    String actor,
    Instant at,
    long version,
    List<FieldChange> fields) {

  public RecordChange {
    fields = List.copyOf(fields);
  }

  public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    /** The change a merge made: to the record that stayed, or the deletion of the one that went. */
    MERGE,
    /** The record was checked and found true, without any other change. */
    VERIFY;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
