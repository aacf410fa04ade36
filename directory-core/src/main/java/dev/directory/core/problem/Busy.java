package dev.directory.core.problem;

/**
 * A write the database gave up on every time it was run (a deadlock, a lock not obtained in time):
 * nothing was saved, and the writer may simply try again.
 */
public final class Busy extends Conflict {

  public Busy() {
    super(Problem.of(null, ProblemCode.WRITE_BUSY));
  }
}
