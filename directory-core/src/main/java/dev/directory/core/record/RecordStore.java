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

  /** The records with these ids, in no particular order; unknown ids are left out. */
  List<R> findAll(Collection<String> ids);

  boolean exists(String id);

  /** The stored version (1 when made, one more with each change); empty when there is none. */
  Optional<Long> version(String id);

  /** The versions of these records, by id; an id without a record is left out. */
  Map<String, Long> versions(Collection<String> ids);

  /**
   * The version, the row locked until the transaction ends (for an edit comparing versions); empty
   * when it is not there.
   */
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
