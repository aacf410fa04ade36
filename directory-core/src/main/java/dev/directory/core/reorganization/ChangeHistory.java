package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.reorganization.ChangeRows.ChangeRow;
import dev.directory.core.reorganization.ChangeRows.MoveRow;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes organisations' changes, each with the records it moved. */
@Singleton
public class ChangeHistory {

  private final ChangeRepositories.Changes changes;
  private final ChangeRepositories.Moves moves;

  ChangeHistory(ChangeRepositories.Changes changes, ChangeRepositories.Moves moves) {
    this.changes = changes;
    this.moves = moves;
  }

  /** An organisation's changes, in the order they happened. */
  public List<OrganizationChange> of(String organizationId) {
    List<ChangeRow> rows = changes.findHistory(organizationId);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Move>> movesByChange = new HashMap<>();
    for (MoveRow move :
        moves.findByChangeIds(rows.stream().map(ChangeRow::id).toArray(Long[]::new))) {
      movesByChange
          .computeIfAbsent(move.changeId(), id -> new ArrayList<>())
          .add(
              new Move(
                  RecordKind.parse(move.recordKind()),
                  move.recordId(),
                  move.fromId(),
                  move.toId(),
                  move.version()));
    }
    return rows.stream()
        .map(row -> change(row, movesByChange.getOrDefault(row.id(), List.of())))
        .toList();
  }

  /** Writes a change down. Call inside the transaction that makes it. */
  OrganizationChange add(
      Organization before,
      Organization after,
      ChangeKind kind,
      LocalDate date,
      String actor,
      List<String> created,
      long versionAfter,
      List<Move> moved) {
    ChangeRow row =
        changes.save(
            new ChangeRow(
                null,
                before.id(),
                kind.code(),
                date,
                actor,
                Instant.now(),
                before.name(),
                before.localName(),
                after.name(),
                after.localName(),
                before.status().code(),
                TextList.join(before.successorIds()),
                TextList.join(before.formerNames()),
                TextList.join(after.successorIds()),
                TextList.join(created),
                versionAfter));
    moves.saveAll(
        moved.stream()
            .map(
                m ->
                    new MoveRow(
                        null,
                        row.id(),
                        m.kind().code(),
                        m.recordId(),
                        m.fromId(),
                        m.toId(),
                        m.version()))
            .toList());
    return change(row, moved);
  }

  /** Writes down that a split created an organisation on {@code date}. */
  void created(Organization created, LocalDate date, String actor, long version) {
    add(created, created, ChangeKind.CREATED, date, actor, List.of(), version, List.of());
  }

  /** Forgets an undone change and its moves. */
  void delete(long changeId) {
    changes.deleteById(changeId);
  }

  private static OrganizationChange change(ChangeRow row, List<Move> moved) {
    return new OrganizationChange(
        row.id(),
        row.organizationId(),
        ChangeKind.parse(row.kind()),
        row.effectiveDate(),
        row.actor(),
        row.recordedAt(),
        new OrganizationChange.Names(row.nameBefore(), row.localNameBefore()),
        new OrganizationChange.Names(row.nameAfter(), row.localNameAfter()),
        OrganizationStatus.parse(row.statusBefore()),
        TextList.split(row.successorsBefore()),
        TextList.split(row.formerNamesBefore()),
        TextList.split(row.successors()),
        TextList.split(row.created()),
        row.versionAfter(),
        moved);
  }
}
