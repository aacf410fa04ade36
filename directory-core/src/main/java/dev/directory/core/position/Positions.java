package dev.directory.core.position;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.position.PositionRows.HolderRow;
import dev.directory.core.position.PositionRows.PositionRow;
import dev.directory.core.record.BatchedSaves;
import dev.directory.core.record.RecordStore;
import dev.directory.core.record.Saved;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.TextList;
import dev.directory.core.storage.Versioned;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes positions, with their holders, as whole records. */
@Singleton
public class Positions implements RecordStore<Position> {

  private final PositionRepositories.Rows rows;
  private final PositionRepositories.Holders holders;
  private final ChangeLog changeLog;
  private final AuditLog audit;

  Positions(
      PositionRepositories.Rows rows,
      PositionRepositories.Holders holders,
      ChangeLog changeLog,
      AuditLog audit) {
    this.rows = rows;
    this.holders = holders;
    this.changeLog = changeLog;
    this.audit = audit;
  }

  @Override
  public Optional<Position> find(String id) {
    return findAll(List.of(id)).stream().findFirst();
  }

  @Override
  public List<Position> findAll(Collection<String> ids) {
    List<Position> found = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      found.addAll(assemble(rows.findByIds(batch.toArray(String[]::new))));
    }
    return found;
  }

  public List<Position> findAll() {
    List<PositionRow> all = new ArrayList<>();
    rows.findAll().forEach(all::add);
    return assemble(all);
  }

  /** The positions of an organisation, by title. */
  public List<Position> inOrganization(String organizationId) {
    return assemble(rows.findByOrganizationIdOrderByTitle(organizationId));
  }

  /** The positions of any of these organisations. */
  public List<Position> inOrganizations(Collection<String> organizationIds) {
    List<String> ids = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(organizationIds))) {
      ids.addAll(rows.findIdsInOrganizations(batch.toArray(String[]::new)));
    }
    return findAll(ids);
  }

  public long countInOrganization(String organizationId) {
    return rows.countByOrganizationId(organizationId);
  }

  /** The press contact positions of every office. */
  public List<Position> pressContacts() {
    return assemble(rows.findByPressContactTrue());
  }

  /** The positions a person holds or held. */
  public List<Position> heldBy(String personId) {
    return findAll(holders.findPositionIdByPersonId(personId));
  }

  public long countHeldBy(String personId) {
    return holders.countByPersonId(personId);
  }

  /**
   * The ids of the positions of these organisations and of those these people hold or held: what
   * changes to them change. Read a thousand at a time.
   */
  public Set<String> idsOf(Collection<String> organizationIds, Collection<String> personIds) {
    Set<String> found = new HashSet<>();
    for (List<String> batch : Batches.of(List.copyOf(organizationIds))) {
      found.addAll(rows.findIdsInOrganizations(batch.toArray(String[]::new)));
    }
    for (List<String> batch : Batches.of(List.copyOf(personIds))) {
      found.addAll(holders.findPositionIdsHeldByAny(batch.toArray(String[]::new)));
    }
    return found;
  }

  /** Those of these ids that positions have. */
  public Set<String> idsAmong(Collection<String> ids) {
    Set<String> found = new HashSet<>();
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      found.addAll(rows.findIds(batch.toArray(String[]::new)));
    }
    return found;
  }

  @Override
  public boolean exists(String id) {
    return rows.existsById(id);
  }

  @Override
  public Optional<Long> version(String id) {
    return rows.findVersion(id);
  }

  @Override
  public Map<String, Long> versions(Collection<String> ids) {
    return Versioned.byId(ids, rows::findVersions);
  }

  @Override
  public Optional<Long> lockVersion(String id) {
    return rows.lockVersion(id);
  }

  /**
   * Inserts or updates a position, audited as {@code actor}'s; call inside a transaction.
   *
   * @return whether anything was written
   */
  @Override
  public boolean save(Position position, String actor) {
    return saveAll(List.of(position), actor).wroteAnything();
  }

  /** Saves many positions as {@link #save} does, in batches. Call inside a transaction. */
  @Override
  public Saved saveAll(List<Position> positions, String actor) {
    return BatchedSaves.saveAll(positions, actor, new Store(), audit, changeLog);
  }

  /** Deletes a position with its holders, keeping what it was. Call inside a transaction. */
  @Override
  public void delete(String id, String actor) {
    Position position = find(id).orElseThrow();
    long version = version(id).orElseThrow() + 1;
    rows.deleteById(id);
    audit.record(RecordKind.POSITION, id, actor, version, PositionField.cells(position), null);
    changeLog.append(RecordKind.POSITION, id);
  }

  /** Positions as {@link BatchedSaves} writes them. */
  private final class Store implements BatchedSaves.Store<Position> {

    @Override
    public RecordKind kind() {
      return RecordKind.POSITION;
    }

    @Override
    public String id(Position position) {
      return position.id();
    }

    @Override
    public List<Position> findAll(List<String> ids) {
      return Positions.this.findAll(ids);
    }

    @Override
    public void write(List<Position> created, List<Position> changed) {
      rows.saveAll(created.stream().map(Positions::toRow).toList());
      if (!changed.isEmpty()) {
        String[] ids = changed.stream().map(Position::id).toArray(String[]::new);
        rows.updateAll(changed.stream().map(Positions::toRow).toList());
        rows.bumpVersions(ids);
        holders.deleteByPositionIds(ids);
      }
      List<HolderRow> holderRows = new ArrayList<>();
      for (List<Position> positions : List.of(created, changed)) {
        for (Position position : positions) {
          int ordinal = 0;
          for (Holding h : position.holders()) {
            holderRows.add(
                new HolderRow(null, position.id(), h.personId(), ordinal++, h.start(), h.end()));
          }
        }
      }
      holders.saveAll(holderRows);
    }

    @Override
    public List<Versioned> versions(List<String> ids) {
      return rows.findVersions(ids.toArray(String[]::new));
    }

    @Override
    public Map<String, String> cells(Position position) {
      return PositionField.cells(position);
    }
  }

  private List<Position> assemble(List<PositionRow> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, List<Holding>> byPosition = new LinkedHashMap<>();
    for (HolderRow row :
        holders.findByPositionIds(found.stream().map(PositionRow::id).toArray(String[]::new))) {
      byPosition
          .computeIfAbsent(row.positionId(), id -> new ArrayList<>())
          .add(new Holding(row.personId(), row.startDate(), row.endDate()));
    }
    return found.stream()
        .map(
            row ->
                new Position(
                    row.id(),
                    row.title(),
                    row.organizationId(),
                    row.pressContact(),
                    TextList.split(row.emails()).stream().map(Positions::email).toList(),
                    TextList.split(row.phones()).stream().map(Positions::phone).toList(),
                    byPosition.getOrDefault(row.id(), List.of()),
                    row.notes()))
        .toList();
  }

  private static PositionRow toRow(Position p) {
    return new PositionRow(
        p.id(),
        p.title(),
        p.organizationId(),
        p.pressContact(),
        TextList.join(p.emails().stream().map(e -> e.type().code() + "\t" + e.address()).toList()),
        TextList.join(
            p.phones().stream()
                .map(
                    ph ->
                        String.join(
                            "\t",
                            ph.type().code(),
                            ph.raw(),
                            ph.e164() == null ? "" : ph.e164(),
                            ph.issue() == null ? "" : ph.issue()))
                .toList()),
        p.notes());
  }

  private static Email email(String line) {
    String[] parts = line.split("\t", 2);
    return new Email(EmailType.parse(parts[0]), parts[1]);
  }

  private static Phone phone(String line) {
    String[] parts = line.split("\t", -1);
    return new Phone(
        PhoneType.parse(parts[0]),
        parts[1],
        parts[2].isEmpty() ? null : parts[2],
        parts[3].isEmpty() ? null : parts[3]);
  }
}
