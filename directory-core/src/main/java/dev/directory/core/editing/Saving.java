package dev.directory.core.editing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.record.Reading;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Saving a record of any kind, written once: a new one checked and its id refused when any record
 * has it; a changed one checked once its row is locked at the editor's version, its id unchanged.
 * Each in one transaction, answering what the caller reads of the record before it ends.
 */
@Singleton
record Saving(RecordLocks locks, Writes writes) {

  /** Checks and saves a new record, in one transaction; an id any record has is refused. */
  <R, T> T create(
      Supplier<R> check,
      Function<R, String> id,
      BiConsumer<R, String> save,
      String actor,
      Function<? super R, T> answer) {
    return writes.inTransaction(
        () -> {
          R record = check.get();
          refuseTaken(locks.anyHas(id.apply(record)), id.apply(record));
          save.accept(record, actor);
          return answer.apply(record);
        });
  }

  /**
   * Checks and saves a changed record, in one transaction, its row locked at the editor's version.
   */
  <R, T> T update(
      RecordKind kind,
      String id,
      long version,
      @Nullable String givenId,
      Supplier<R> check,
      BiConsumer<R, String> save,
      String actor,
      Function<? super R, T> answer) {
    return writes.inTransaction(
        () -> {
          locks.checkVersion(kind, id, version);
          refuseOtherId(id, givenId);
          R record = check.get();
          save.accept(record, actor);
          return answer.apply(record);
        });
  }

  /** An id given in the draft that differs from the record's is refused: ids do not change. */
  private static void refuseOtherId(String id, @Nullable String given) {
    String other = Reading.text(given);
    if (other != null && !other.equals(id)) {
      throw Refused.of("id", ProblemCode.ID_CHANGED, id, other);
    }
  }

  private static void refuseTaken(boolean taken, String id) {
    if (taken) {
      throw Refused.of("id", ProblemCode.ID_TAKEN, id);
    }
  }
}
