package dev.directory.core.duplicate;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Pairs of records an editor has marked as two different people or organisations, so that they are
 * never proposed as duplicates again. A pair is kept with the smaller id first, so either order
 * finds it.
 */
@Singleton
public class NotTheSame {

  private final NotTheSameRows.Rows rows;
  private final Writes writes;

  NotTheSame(NotTheSameRows.Rows rows, Writes writes) {
    this.rows = rows;
    this.writes = writes;
  }

  /** Marks the pair; marking it again changes nothing. */
  public void mark(RecordKind kind, String one, String other, String markedBy) {
    String first = one.compareTo(other) < 0 ? one : other;
    String second = first.equals(one) ? other : one;
    writes.run(
        () -> {
          if (!rows.existsByRecordKindAndFirstIdAndSecondId(kind.code(), first, second)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            rows.save(new NotTheSameRows.Row(null, kind.code(), first, second, markedBy, now));
          }
        });
  }

  public boolean marked(RecordKind kind, String one, String other) {
    String first = one.compareTo(other) < 0 ? one : other;
    String second = first.equals(one) ? other : one;
    return rows.existsByRecordKindAndFirstIdAndSecondId(kind.code(), first, second);
  }

  /** Every marked pair of the kind, read once: whether two ids (in either order) are one. */
  public BiPredicate<String, String> all(RecordKind kind) {
    Set<String> pairs = new HashSet<>();
    rows.findByRecordKind(kind.code())
        .forEach(row -> pairs.add(row.firstId() + " " + row.secondId()));
    return (one, other) ->
        pairs.contains(one.compareTo(other) < 0 ? one + " " + other : other + " " + one);
  }
}
