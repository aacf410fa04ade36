package dev.directory.core.organization;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.OrganizationRows.OrganizationRow;
import dev.directory.core.organization.OrganizationRows.TopicRow;
import dev.directory.core.record.BatchedSaves;
import dev.directory.core.record.RecordStore;
import dev.directory.core.record.Saved;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.RowInserts;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and writes organisations, with their topics, as whole records. */
@Singleton
public class Organizations implements RecordStore<Organization> {

  /** Who changes made by importing CSV files are attributed to. */
  public static final String IMPORT = "import";

  private final OrganizationRepositories.Rows rows;
  private final OrganizationRepositories.Topics topics;
  private final ChangeLog changeLog;
  private final AuditLog audit;
  private final RowInserts inserts;

  Organizations(
      OrganizationRepositories.Rows rows,
      OrganizationRepositories.Topics topics,
      ChangeLog changeLog,
      AuditLog audit,
      RowInserts inserts) {
    this.inserts = inserts;
    this.rows = rows;
    this.topics = topics;
    this.changeLog = changeLog;
    this.audit = audit;
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

  /** How many departments are directly under it. */
  public long countChildren(String id) {
    return rows.countByParentId(id);
  }

  @Override
  public Optional<Organization> find(String id) {
    return findAll(List.of(id)).stream().findFirst();
  }

  @Override
  public List<Organization> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return assemble(rows.findByIds(ids.toArray(String[]::new)));
  }

  public List<Organization> findAll() {
    List<OrganizationRow> all = new ArrayList<>();
    rows.findAll().forEach(all::add);
    return assemble(all);
  }

  @Override
  public boolean exists(String id) {
    return rows.existsById(id);
  }

  public long count() {
    return rows.count();
  }

  /** Every distinct place organisations are in that names a region or a city. */
  public List<Place> places() {
    return rows.findPlaces();
  }

  /** The direct children of an organisation, by name. */
  public List<Organization> children(String id) {
    return assemble(rows.findByParentIdOrderByName(id));
  }

  /** The ids of an organisation and of everything under it. */
  /** The organisations directly under any of these. */
  public List<Organization> childrenOf(Collection<String> parentIds) {
    List<String> ids = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(parentIds))) {
      ids.addAll(rows.findIdByParentIdIn(batch));
    }
    return findAll(ids);
  }

  public Set<String> subtreeIds(String id) {
    Set<String> subtree = new HashSet<>(List.of(id));
    Set<String> level = Set.of(id);
    while (!level.isEmpty()) {
      level =
          rows.findIdByParentIdIn(level).stream().filter(subtree::add).collect(Collectors.toSet());
    }
    return subtree;
  }

  /** The chain of parents of an organisation, the top-level one first; empty for a root. */
  public List<Organization> ancestors(Organization organization) {
    return organization.ancestors(id -> find(id).orElse(null));
  }

  /** Saves as the import does: attributed to {@link #IMPORT}. */
  public boolean save(Organization organization) {
    return save(organization, IMPORT);
  }

  /**
   * Inserts or updates an organisation, logging the change and keeping its fields before and after
   * with who made it. Call inside a transaction.
   *
   * @return whether anything was written: saving an identical record changes nothing
   */
  @Override
  public boolean save(Organization organization, String actor) {
    return saveAll(List.of(organization), actor).wroteAnything();
  }

  /**
   * Saves many organisations as {@link #save} does, in batches; a parent must come before its
   * children. Call inside a transaction.
   */
  @Override
  public Saved saveAll(List<Organization> organizations, String actor) {
    return BatchedSaves.saveAll(organizations, actor, new Store(), audit, changeLog);
  }

  /** Organisations as {@link BatchedSaves} writes them. */
  private final class Store implements BatchedSaves.Store<Organization> {

    @Override
    public RecordKind kind() {
      return RecordKind.ORGANIZATION;
    }

    @Override
    public String id(Organization organization) {
      return organization.id();
    }

    @Override
    public List<Organization> findAll(List<String> ids) {
      return Organizations.this.findAll(ids);
    }

    @Override
    public void write(List<Organization> created, List<Organization> changed) {
      // New ones first: an organisation changed to sit under a new parent needs it to exist.
      rows.saveAll(created.stream().map(Organizations::toRow).toList());
      if (!changed.isEmpty()) {
        String[] ids = changed.stream().map(Organization::id).toArray(String[]::new);
        rows.updateAll(changed.stream().map(Organizations::toRow).toList());
        rows.bumpVersions(ids);
        topics.deleteByOrganizationIds(ids);
      }
      inserts.insertAll(
          "INSERT INTO organization_topic (organization_id, topic_id) VALUES (?, ?)",
          Stream.concat(created.stream(), changed.stream())
              .flatMap(o -> o.topicIds().stream().map(t -> new TopicRow(null, o.id(), t)))
              .toList(),
          (statement, row) -> {
            statement.setString(1, row.organizationId());
            statement.setString(2, row.topicId());
          });
    }

    @Override
    public List<Versioned> versions(List<String> ids) {
      return rows.findVersions(ids.toArray(String[]::new));
    }

    @Override
    public Map<String, String> cells(Organization organization) {
      return OrganizationField.cells(organization);
    }
  }

  /**
   * Deletes an organisation (with its topics and office coverage), keeping what it was. Call inside
   * a transaction, once nothing refers to it any more.
   */
  @Override
  public void delete(String id, String actor) {
    Organization organization = find(id).orElseThrow();
    long version = version(id).orElseThrow() + 1;
    rows.deleteById(id);
    audit.record(
        RecordKind.ORGANIZATION, id, actor, version, OrganizationField.cells(organization), null);
    changeLog.append(RecordKind.ORGANIZATION, id);
  }

  private List<Organization> assemble(List<OrganizationRow> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> topicsById = new LinkedHashMap<>();
    List<String> ids = found.stream().map(OrganizationRow::id).toList();
    for (List<String> batch : Batches.of(ids)) {
      for (TopicRow topic : topics.findByOrganizationIds(batch.toArray(String[]::new))) {
        topicsById
            .computeIfAbsent(topic.organizationId(), key -> new ArrayList<>())
            .add(topic.topicId());
      }
    }
    return found.stream()
        .map(row -> fromRow(row, topicsById.getOrDefault(row.id(), List.of())))
        .toList();
  }

  private static Organization fromRow(OrganizationRow row, List<String> topicIds) {
    Phone phone =
        row.phoneRaw() == null
            ? null
            : new Phone(PhoneType.WORK, row.phoneRaw(), row.phoneE164(), row.phoneIssue());
    return new Organization(
        row.id(),
        OrganizationKind.parse(row.kind()),
        row.name(),
        row.localName(),
        TextList.split(row.aliases()),
        row.parentId(),
        row.country(),
        row.region(),
        row.city(),
        row.website(),
        phone,
        row.email(),
        topicIds,
        row.notes(),
        OrganizationStatus.parse(row.status()),
        TextList.split(row.formerNames()),
        TextList.split(row.successors()));
  }

  private static OrganizationRow toRow(Organization o) {
    Phone phone = o.phone();
    return new OrganizationRow(
        o.id(),
        o.kind().code(),
        o.name(),
        o.localName(),
        TextList.join(o.aliases()),
        o.parentId(),
        o.country(),
        o.region(),
        o.city(),
        o.website(),
        phone == null ? null : phone.raw(),
        phone == null ? null : phone.e164(),
        phone == null ? null : phone.issue(),
        o.email(),
        o.notes(),
        o.status().code(),
        TextList.join(o.formerNames()),
        TextList.join(o.successorIds()));
  }
}
