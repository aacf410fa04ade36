package dev.directory.core.watch;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.FieldChanges;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Something that happened to a record a watch follows.
 *
 * @param seq the change log's position that caused it
 * @param what a {@link What}'s code
 * @param action the history's action ({@code create}, {@code update}, {@code delete}, {@code
 *     merge}, {@code verify}), null when the history says nothing of it
 * @param fields each field before and after, as the history keeps them
 */
@MappedEntity("watch_event")
public record WatchEvent(
    @Id @GeneratedValue @Nullable Long id,
    String watchId,
    long seq,
    String recordKind,
    String recordId,
    String recordName,
    String what,
    @Nullable String action,
    @Nullable String actor,
    String fields,
    long version,
    Instant at) {

  /** How the record stands to the watch. */
  public enum What {
    /** It came in: created, moved under the organisation, or found by the search now. */
    ENTERED,
    /** It changed, and is still followed. */
    CHANGED,
    /** It went: deleted, merged away, moved elsewhere, or no longer found by the search. */
    LEFT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static What parse(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  public What happened() {
    return What.parse(what);
  }

  public List<FieldChange> fieldChanges() {
    return FieldChanges.read(fields);
  }
}
