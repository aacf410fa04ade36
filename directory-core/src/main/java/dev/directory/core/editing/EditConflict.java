package dev.directory.core.editing;

import dev.directory.core.audit.RecordChange;
import java.util.List;

/**
 * An edit made on an older version than the stored one: refused, so that neither change is lost.
 * {@code since} says what changed meanwhile, and who changed it.
 */
public final class EditConflict extends RuntimeException {

  private final long current;
  private final List<RecordChange> since;

  public EditConflict(String message, long current, List<RecordChange> since) {
    super(message);
    this.current = current;
    this.since = List.copyOf(since);
  }

  public long current() {
    return current;
  }

  public List<RecordChange> since() {
    return since;
  }
}
