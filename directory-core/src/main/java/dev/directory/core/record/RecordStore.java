package dev.directory.core.record;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every kind's store does alike, so that a change written once (a merge, a lock, an undo)
 * serves each kind. Every write keeps the change log and the history in the caller's transaction.
 *
 * @param <R> the kind's record
 */
public interface RecordStore<R> {

  Optional<R> find(String id);

  List<R> findAll(Collection<String> ids);

  boolean exists(String id);

  /** The stored version, empty when there is no such record. */
  Optional<Long> version(String id);

  Map<String, Long> versions(Collection<String> ids);

  /** The version, with the row locked until the transaction ends; empty when it is not there. */
  Optional<Long> lockVersion(String id);

  /**
   * Saves the record, new or changed, in the history as {@code actor}'s.
   *
   * @return whether anything changed
   */
  boolean save(R record, String actor);

  Saved saveAll(List<R> records, String actor);

  void delete(String id, String actor);
}
