package dev.directory.core.watch;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.FieldChanges;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.Change;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.LogCursors;
import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.steward.OutdatedReport;
import dev.directory.core.steward.OutdatedReports;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the change log into the events of each watch, a batch of changes at a time, in the
 * transaction that moves the one cursor on: each change becomes events once, however many nodes
 * follow. For each record a batch touches, a watch that followed it and still does has it {@link
 * WatchEvent.What#CHANGED} (one event per change its history keeps), one that did not and does now
 * {@link WatchEvent.What#ENTERED}, one that did and does no more {@link WatchEvent.What#LEFT}.
 */
@Singleton
public class WatchFollowing {

  /** The most changes one batch turns into events. */
  static final int BATCH = 500;

  /** The action of an event that is a report of an outdated record. */
  public static final String REPORT = "report";

  /** The most history entries of one record one batch reports to a watch. */
  static final int MOST_PER_RECORD = 20;

  /** Which of some records a search finds now, on a search index at least as new as the batch. */
  @FunctionalInterface
  public interface SearchMatches {
    Set<String> among(String query, Collection<String> ids);
  }

  private final JdbcOperations jdbc;
  private final Writes writes;
  private final ChangeLog changeLog;
  private final WatchRows.Rows watches;
  private final WatchRows.Events events;
  private final WatchMembers members;
  private final AuditLog audit;
  private final Organizations organizations;
  private final People people;
  private final Positions positions;
  private final LogCursors cursors;
  private final RecordNames names;
  private final OutdatedReports reports;
  private final TransactionOperations<Connection> transactions;

  WatchFollowing(
      JdbcOperations jdbc,
      LogCursors cursors,
      RecordNames names,
      OutdatedReports reports,
      TransactionOperations<Connection> transactions,
      Writes writes,
      ChangeLog changeLog,
      WatchRows.Rows watches,
      WatchRows.Events events,
      WatchMembers members,
      AuditLog audit,
      Organizations organizations,
      People people,
      Positions positions) {
    this.jdbc = jdbc;
    this.cursors = cursors;
    this.names = names;
    this.reports = reports;
    this.transactions = transactions;
    this.writes = writes;
    this.changeLog = changeLog;
    this.watches = watches;
    this.events = events;
    this.members = members;
    this.audit = audit;
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
  }

  /**
   * Turns the changes after the cursor, up to {@code upTo} (what the caller's search index has
   * opened), into events, a batch at a time.
   *
   * @return the events written
   */
  public int follow(long upTo, SearchMatches search) {
    int written = 0;
    while (true) {
      Batch batch = writes.inTransaction(() -> followBatch(upTo, search));
      written += batch.events();
      if (!batch.more()) {
        return written;
      }
    }
  }

  private record Batch(int events, boolean more) {}

  /**
   * Tells the watches that follow a reported record of the reports filed since the last look (they
   * are not in the change log): one event each, {@code report} as its action, the report's words as
   * its one field. Reports filed before a watch was made are not its events.
   *
   * @return the events written
   */
  public int followReports() {
    long seen = transactions.executeRead(status -> cursors.at(LogCursors.WATCH_REPORTS));
    List<OutdatedReport> filed = reports.after(seen, BATCH);
    if (filed.isEmpty()) {
      return 0;
    }
    return writes.inTransaction(
        () -> {
          if (cursors.lock(LogCursors.WATCH_REPORTS) != seen) {
            return 0; // another node told them meanwhile
          }
          int written = 0;
          List<Watch> all = List.copyOf((Collection<Watch>) watches.findAll());
          Set<String> ids =
              filed.stream().map(OutdatedReport::recordId).collect(Collectors.toSet());
          for (Watch watch : all) {
            Set<String> followed = members.among(watch.id(), ids);
            for (OutdatedReport report : filed) {
              if (followed.contains(report.recordId())
                  && !report.reportedAt().isBefore(watch.createdAt())) {
                events.save(reported(watch, report));
                written++;
              }
            }
          }
          cursors.move(LogCursors.WATCH_REPORTS, filed.get(filed.size() - 1).id());
          return written;
        });
  }

  private WatchEvent reported(Watch watch, OutdatedReport report) {
    List<RecordChange> history = audit.history(report.kind(), report.recordId());
    return new WatchEvent(
        null,
        watch.id(),
        0,
        report.kind().code(),
        report.recordId(),
        names.name(report.kind(), report.recordId(), history),
        WatchEvent.What.CHANGED.code(),
        REPORT,
        report.reportedBy(),
        FieldChanges.write(List.of(new FieldChange("report", null, report.what()))),
        0,
        report.reportedAt());
  }

  private Batch followBatch(long upTo, SearchMatches search) {
    long cursor = cursors.lock(LogCursors.WATCHES);
    if (cursor >= upTo) {
      return new Batch(0, false);
    }
    List<Watch> all = List.copyOf((Collection<Watch>) watches.findAll());
    if (all.isEmpty()) {
      // nobody watches: nothing before now will be an event
      cursors.move(LogCursors.WATCHES, upTo);
      return new Batch(0, false);
    }
    List<Change> changes =
        changeLog.after(cursor, BATCH).stream().filter(c -> c.seq() <= upTo).toList();
    if (changes.isEmpty()) {
      return new Batch(0, false);
    }
    long last = changes.get(changes.size() - 1).seq();
    int written = 0;
    for (Watch watch : all) {
      List<Change> its = changes.stream().filter(c -> c.seq() > watch.fromSeq()).toList();
      if (!its.isEmpty()) {
        written += follow(watch, touched(its), search);
      }
    }
    cursors.move(LogCursors.WATCHES, last);
    return new Batch(written, changes.size() == BATCH && last < upTo);
  }

  /** The records the changes touched, each once with its last change. */
  private static Map<String, Change> touched(List<Change> changes) {
    Map<String, Change> byId = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.kind() == RecordKind.PERSON
          || change.kind() == RecordKind.ORGANIZATION
          || change.kind() == RecordKind.POSITION) {
        byId.remove(change.id());
        byId.put(change.id(), change);
      }
    }
    return byId;
  }

  private int follow(Watch watch, Map<String, Change> touched, SearchMatches search) {
    Set<String> ids = touched.keySet();
    Set<String> before = members.among(watch.id(), ids);
    Set<String> now = followedNow(watch, ids, search);
    List<String> entered = new ArrayList<>();
    List<String> left = new ArrayList<>();
    int written = 0;
    for (Change change : touched.values()) {
      boolean was = before.contains(change.id());
      boolean is = now.contains(change.id());
      if (!was && !is) {
        continue;
      }
      WatchEvent.What what =
          was && is ? WatchEvent.What.CHANGED : is ? WatchEvent.What.ENTERED : WatchEvent.What.LEFT;
      if (what == WatchEvent.What.ENTERED) {
        entered.add(change.id());
      } else if (what == WatchEvent.What.LEFT) {
        left.add(change.id());
      }
      written += report(watch, change, what);
    }
    members.add(watch.id(), entered);
    members.remove(watch.id(), left);
    return written;
  }

  /** Writes the events of one record: each change its history has not yet told this watch. */
  private int report(Watch watch, Change change, WatchEvent.What what) {
    long reported = lastReportedVersion(watch.id(), change.id());
    List<RecordChange> history = audit.history(change.kind(), change.id());
    List<RecordChange> unreported =
        history.stream()
            .filter(entry -> entry.version() > reported)
            .filter(entry -> !entry.at().isBefore(watch.createdAt()))
            .toList();
    if (unreported.size() > MOST_PER_RECORD) {
      unreported = unreported.subList(unreported.size() - MOST_PER_RECORD, unreported.size());
    }
    String name = names.name(change.kind(), change.id(), history);
    if (unreported.isEmpty() || what != WatchEvent.What.CHANGED) {
      // one event: a record coming in or going, or a change the history does not keep
      RecordChange latest = unreported.isEmpty() ? null : unreported.get(unreported.size() - 1);
      events.save(event(watch, change, name, what, latest));
      return 1;
    }
    unreported.forEach(entry -> events.save(event(watch, change, name, what, entry)));
    return unreported.size();
  }

  private static WatchEvent event(
      Watch watch, Change change, String name, WatchEvent.What what, RecordChange entry) {
    return new WatchEvent(
        null,
        watch.id(),
        change.seq(),
        change.kind().code(),
        change.id(),
        name.length() > 400 ? name.substring(0, 399) + "…" : name,
        what.code(),
        entry == null ? null : entry.action().code(),
        entry == null ? null : entry.actor(),
        entry == null ? "" : FieldChanges.write(entry.fields()),
        entry == null ? 0 : entry.version(),
        entry == null ? change.changedAt() : entry.at());
  }

  /** Which of the records the watch follows now. */
  private Set<String> followedNow(Watch watch, Set<String> ids, SearchMatches search) {
    return switch (watch.watchKind()) {
      case RECORD ->
          ids.contains(watch.target()) && exists(watch.target())
              ? Set.of(watch.target())
              : Set.of();
      case SEARCH -> search.among(watch.target(), ids);
      case ORGANIZATION -> under(watch.target(), ids);
    };
  }

  private boolean exists(String id) {
    return organizations.exists(id) || people.exists(id) || positions.exists(id);
  }

  /** Which of the records are the organisation, below it, or people and positions there. */
  private Set<String> under(String organizationId, Set<String> ids) {
    Set<String> subtree = organizations.subtreeIds(organizationId);
    Set<String> found = new HashSet<>();
    ids.stream().filter(subtree::contains).forEach(found::add);
    people.findAll(ids).stream()
        .filter(person -> subtree.contains(person.organizationId()))
        .map(Person::id)
        .forEach(found::add);
    positions.findAll(ids).stream()
        .filter(position -> subtree.contains(position.organizationId()))
        .map(Position::id)
        .forEach(found::add);
    return found;
  }

  private long lastReportedVersion(String watchId, String recordId) {
    return jdbc.prepareStatement(
        "SELECT MAX(version) FROM watch_event WHERE watch_id = ? AND record_id = ?",
        statement -> {
          statement.setString(1, watchId);
          statement.setString(2, recordId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
          }
        });
  }
}
