package dev.directory.core.record;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a store saves many records of its kind: a thousand at a time, only those that differ from
 * what is stored, written in batches of statements, each change audited (fields before and after,
 * who, the version it made) and appended to the change log. An import of 100,000 people saved one
 * by one made some two million round trips to the database.
 */
public final class BatchedSaves {

  /** What the store knows of its own kind of record. */
  public interface Store<T> {

    RecordKind kind();

    String id(T record);

    /** The stored records with these ids; unknown ids are skipped. */
    List<T> findAll(List<String> ids);

    /** Writes new records, then replaces the rows of changed ones, bumping their versions. */
    void write(List<T> created, List<T> changed);

    List<Versioned> versions(List<String> ids);

    /** The record as the history keeps it: {@link Cells}. */
    Map<String, String> cells(T record);
  }

  private BatchedSaves() {}

  /**
   * Saves {@code records} (a parent before its children) as {@code actor}; call in a transaction.
   */
  public static <T> Saved saveAll(
      List<T> records, String actor, Store<T> store, AuditLog audit, ChangeLog changeLog) {
    Set<String> created = new HashSet<>();
    Set<String> updated = new HashSet<>();
    for (List<T> batch : Batches.of(records)) {
      Map<String, T> existing = new HashMap<>();
      store
          .findAll(batch.stream().map(store::id).toList())
          .forEach(r -> existing.put(store.id(r), r));
      List<T> inserts = new ArrayList<>();
      List<T> updates = new ArrayList<>();
      for (T record : batch) {
        T stored = existing.get(store.id(record));
        if (stored == null) {
          inserts.add(record);
        } else if (!stored.equals(record)) {
          updates.add(record);
        }
      }
      if (inserts.isEmpty() && updates.isEmpty()) {
        continue;
      }
      store.write(inserts, updates);
      List<T> changed = new ArrayList<>(inserts);
      changed.addAll(updates);
      List<String> changedIds = changed.stream().map(store::id).toList();
      Map<String, Long> versions = new HashMap<>();
      store.versions(changedIds).forEach(v -> versions.put(v.id(), v.version()));
      audit.recordAll(
          actor,
          changed.stream()
              .map(
                  record -> {
                    T before = existing.get(store.id(record));
                    return new AuditLog.Entry(
                        store.kind(),
                        store.id(record),
                        versions.get(store.id(record)),
                        before == null ? null : store.cells(before),
                        store.cells(record));
                  })
              .toList());
      changeLog.appendAll(store.kind(), changedIds);
      inserts.forEach(record -> created.add(store.id(record)));
      updates.forEach(record -> updated.add(store.id(record)));
    }
    return new Saved(created, updated);
  }
}
