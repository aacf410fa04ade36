package dev.directory.web.history;

import dev.directory.core.audit.RecordChange;
import dev.directory.web.language.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A record's history, and the answer to an edit that came too late, as the API shows them. */
public final class HistoryViews {

  private HistoryViews() {}

  /** One change: what it did, who, when, the version it made, each field before and after. */
  @Serdeable
  public record Change(String action, String actor, Instant at, long version, List<Field> fields) {

    public String when() {
      return Times.local(at);
    }
  }

  /** One field before and after (null: empty, or the record did not exist). */
  @Serdeable
  public record Field(String field, @Nullable String before, @Nullable String after) {}

  /** A 409: why, the stored version, and what changed since the editor's. */
  @Serdeable
  public record Conflict(String message, String code, long version, List<Change> changes) {}

  public static Change change(RecordChange change) {
    return new Change(
        change.action().code(),
        change.actor(),
        change.at(),
        change.version(),
        change.fields().stream().map(f -> new Field(f.field(), f.before(), f.after())).toList());
  }

  public static List<Change> changes(List<RecordChange> changes) {
    return changes.stream().map(HistoryViews::change).toList();
  }
}
