package dev.directory.core.editing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.freshness.Verification;
import dev.directory.core.freshness.Verifications;
import dev.directory.core.freshness.VerifiedHow;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Refused;
import dev.directory.core.steward.Stewards;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Looking after a record without changing it: verifying it true today, naming its steward. Each is
 * one transaction that locks the record's row first, as an edit does.
 */
@Singleton
public final class Stewarding {

  private final RecordLocks locks;
  private final Verifications verifications;
  private final Stewards stewards;
  private final Writes writes;

  Stewarding(RecordLocks locks, Verifications verifications, Stewards stewards, Writes writes) {
    this.locks = locks;
    this.verifications = verifications;
    this.stewards = stewards;
    this.writes = writes;
  }

  /**
   * Records that {@code actor} found the record true today, {@code how}; nothing else of it
   * changes, and its history gains the verification.
   *
   * @throws NotFound when there is no such record
   * @throws EditConflict when it has changed since {@code version}: what was verified is not what
   *     is stored
   */
  public Verification verify(
      RecordKind kind, String id, long version, VerifiedHow how, String actor) {
    return writes.inTransaction(
        () -> {
          locks.checkVersion(kind, id, version);
          return verifications.verify(
              kind, id, version, new Verification(LocalDate.now(ZoneOffset.UTC), actor, how));
        });
  }

  /**
   * Verifies the record as {@link #verify(RecordKind, String, long, VerifiedHow, String)} does, and
   * answers what {@code answer} reads before the transaction ends: what was committed.
   */
  public <T> T verify(
      RecordKind kind, String id, long version, VerifiedHow how, String actor, Supplier<T> answer) {
    return writes.inTransaction(
        () -> {
          verify(kind, id, version, how, actor);
          return answer.get();
        });
  }

  /**
   * Names the account responsible for the record, or (null) hands it back to its country's default
   * stewards. It is not a change of the record: its version stays. Answers what {@code answer}
   * reads before the transaction ends.
   *
   * @throws NotFound when there is no such record
   * @throws Refused when there is no such account, or it is a viewer
   */
  public <T> T assignSteward(
      RecordKind kind, String id, @Nullable String username, Supplier<T> answer) {
    return writes.inTransaction(
        () -> {
          locks.lock(kind, id).orElseThrow(() -> kind.notFound(id));
          stewards.assign(kind, id, username);
          return answer.get();
        });
  }
}
