package dev.directory.core.editing;

import dev.directory.core.audit.RecordChange;
import dev.directory.core.problem.Conflict;
import dev.directory.core.problem.Problem;
import java.util.List;

/**
 * An edit that would lose something: made on an older version than the stored one (so that neither
 * change is lost; {@code since} says what changed meanwhile, and who changed it), or a delete of a
 * record that others still refer to.
 */
public final class EditConflict extends Conflict {

  private final long current;
  private final List<RecordChange> since;

  public EditConflict(Problem problem, long current, List<RecordChange> since) {
    super(problem);
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
