package dev.directory.core.person;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.PersonRows.PersonRow;
import dev.directory.core.record.BatchedSaves;
import dev.directory.core.record.RecordStore;
import dev.directory.core.record.Saved;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.TextList;
import dev.directory.core.storage.Versioned;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads and writes people, with their e-mails, phones and topics, as whole records. */
@Singleton
public class People implements RecordStore<Person> {

  private final PersonRepositories.Rows rows;
  private final PersonContacts contacts;
  private final ChangeLog changeLog;
  private final AuditLog audit;

  People(
      PersonRepositories.Rows rows, PersonContacts contacts, ChangeLog changeLog, AuditLog audit) {
    this.audit = audit;
    this.rows = rows;
    this.contacts = contacts;
    this.changeLog = changeLog;
  }

  @Override
  public Optional<Person> find(String id) {
    return findAll(List.of(id)).stream().findFirst();
  }

  @Override
  public List<Person> findAll(Collection<String> ids) {
    List<PersonRow> found = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      found.addAll(rows.findByIds(batch.toArray(String[]::new)));
    }
    return contacts.assemble(found);
  }

  /** The people of one organisation, by family name. */
  public List<Person> inOrganization(String organizationId) {
    return contacts.assemble(
        rows.findByOrganizationId(
            organizationId, Sort.of(Sort.Order.asc("familyName"), Sort.Order.asc("givenName"))));
  }

  /** The ids of the people who belong to any of these organisations. */
  public List<String> idsInOrganizations(Collection<String> organizationIds) {
    List<String> ids = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(organizationIds))) {
      ids.addAll(rows.findIdByOrganizationIdIn(batch));
    }
    return ids;
  }

  /** Every person's id. */
  public List<String> ids() {
    return rows.findAllIds();
  }

  @Override
  public boolean exists(String id) {
    return rows.existsById(id);
  }

  public long count() {
    return rows.count();
  }

  /** Visits every person, by id, a page at a time: the whole directory is never in memory. */
  public void forEach(Consumer<Person> visitor) {
    Pageable page = Pageable.from(0, Batches.SIZE, Sort.of(Sort.Order.asc("id")));
    String after = "";
    while (true) {
      List<PersonRow> batch = rows.findByIdGreaterThan(after, page);
      if (batch.isEmpty()) {
        return;
      }
      contacts.assemble(batch).forEach(visitor);
      after = batch.get(batch.size() - 1).id();
    }
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

  public long countIn(String organizationId) {
    return rows.countByOrganizationId(organizationId);
  }

  /** Saves as the import does: attributed to {@link Organizations#IMPORT}. */
  public boolean save(Person person) {
    return save(person, Organizations.IMPORT);
  }

  /**
   * Inserts or updates a person, logging the change and keeping their fields before and after with
   * who made it. Call inside a transaction.
   *
   * @return whether anything was written: saving an identical record changes nothing
   */
  @Override
  public boolean save(Person person, String actor) {
    return saveAll(List.of(person), actor).wroteAnything();
  }

  /** Saves many people as {@link #save} does, in batches. Call inside a transaction. */
  @Override
  public Saved saveAll(List<Person> people, String actor) {
    return BatchedSaves.saveAll(people, actor, new Store(), audit, changeLog);
  }

  /** People as {@link BatchedSaves} writes them. */
  private final class Store implements BatchedSaves.Store<Person> {

    @Override
    public RecordKind kind() {
      return RecordKind.PERSON;
    }

    @Override
    public String id(Person person) {
      return person.id();
    }

    @Override
    public List<Person> findAll(List<String> ids) {
      return People.this.findAll(ids);
    }

    @Override
    public void write(List<Person> created, List<Person> changed) {
      rows.saveAll(created.stream().map(People::row).toList());
      if (!changed.isEmpty()) {
        String[] ids = changed.stream().map(Person::id).toArray(String[]::new);
        rows.updateAll(changed.stream().map(People::row).toList());
        rows.bumpVersions(ids);
        contacts.deleteAll(ids);
      }
      contacts.saveAll(Stream.concat(created.stream(), changed.stream()).toList());
    }

    @Override
    public List<Versioned> versions(List<String> ids) {
      return rows.findVersions(ids.toArray(String[]::new));
    }

    @Override
    public Map<String, String> cells(Person person) {
      return PersonField.cells(person);
    }
  }

  private static PersonRow row(Person person) {
    return new PersonRow(
        person.id(),
        person.givenName(),
        person.familyName(),
        person.jobTitle(),
        person.organizationId(),
        TextList.join(person.roles()),
        TextList.join(person.languages()),
        person.pressContact(),
        person.visibility().code(),
        person.notes());
  }

  /** Deletes a person, keeping what they were. Call inside a transaction. */
  @Override
  public void delete(String id, String actor) {
    Person person = find(id).orElseThrow();
    long version = version(id).orElseThrow() + 1;
    rows.deleteById(id);
    audit.record(RecordKind.PERSON, id, actor, version, PersonField.cells(person), null);
    changeLog.append(RecordKind.PERSON, id);
  }
}
