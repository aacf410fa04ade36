package dev.directory.core.person;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.PersonRows.EmailRow;
import dev.directory.core.person.PersonRows.PersonRow;
import dev.directory.core.person.PersonRows.PhoneRow;
import dev.directory.core.person.PersonRows.TopicRow;
import dev.directory.core.record.BatchedSaves;
import dev.directory.core.record.Saved;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.RowInserts;
import dev.directory.core.storage.TextList;
import dev.directory.core.storage.Versioned;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads and writes people, with their e-mails, phones and topics, as whole records. */
@Singleton
public class People {

  private final PersonRepositories.Rows rows;
  private final PersonRepositories.Emails emails;
  private final PersonRepositories.Phones phones;
  private final PersonRepositories.Topics topics;
  private final ChangeLog changeLog;
  private final AuditLog audit;
  private final RowInserts inserts;

  People(
      PersonRepositories.Rows rows,
      PersonRepositories.Emails emails,
      PersonRepositories.Phones phones,
      PersonRepositories.Topics topics,
      ChangeLog changeLog,
      AuditLog audit,
      RowInserts inserts) {
    this.audit = audit;
    this.inserts = inserts;
    this.rows = rows;
    this.emails = emails;
    this.phones = phones;
    this.topics = topics;
    this.changeLog = changeLog;
  }

  public Optional<Person> find(String id) {
    return findAll(List.of(id)).stream().findFirst();
  }

  /** The people with these ids, in no particular order; unknown ids are skipped. */
  public List<Person> findAll(Collection<String> ids) {
    List<PersonRow> found = new ArrayList<>();
    for (List<String> batch : Batches.of(List.copyOf(ids))) {
      found.addAll(rows.findByIds(batch.toArray(String[]::new)));
    }
    return assemble(found);
  }

  /** The people of one organisation, by family name. */
  public List<Person> inOrganization(String organizationId) {
    return assemble(
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
      assemble(batch).forEach(visitor);
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** The person's version: 1 when made, one more with each change. */
  public Optional<Long> version(String id) {
    return rows.findVersion(id);
  }

  /** The versions of these persons, by id; an id without a record is left out. */
  public Map<String, Long> versions(Collection<String> ids) {
    return Versioned.byId(ids, rows::findVersions);
  }

  /** The version, the row locked until the transaction ends: for an edit comparing versions. */
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
  public boolean save(Person person, String actor) {
    return saveAll(List.of(person), actor).wroteAnything();
  }

  /** Saves many people as {@link #save} does, in batches. Call inside a transaction. */
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
        emails.deleteByPersonIds(ids);
        phones.deleteByPersonIds(ids);
        topics.deleteByPersonIds(ids);
      }
      saveContacts(Stream.concat(created.stream(), changed.stream()).toList());
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

  private void saveContacts(List<Person> people) {
    List<EmailRow> emailRows = new ArrayList<>();
    List<PhoneRow> phoneRows = new ArrayList<>();
    List<TopicRow> topicRows = new ArrayList<>();
    for (Person person : people) {
      for (int i = 0; i < person.emails().size(); i++) {
        Email email = person.emails().get(i);
        emailRows.add(new EmailRow(null, person.id(), i, email.type().code(), email.address()));
      }
      for (int i = 0; i < person.phones().size(); i++) {
        Phone phone = person.phones().get(i);
        phoneRows.add(
            new PhoneRow(
                null,
                person.id(),
                i,
                phone.type().code(),
                phone.raw(),
                phone.e164(),
                phone.issue()));
      }
      for (String topicId : person.topicIds()) {
        topicRows.add(new TopicRow(null, person.id(), topicId));
      }
    }
    inserts.insertAll(
        "INSERT INTO person_email (person_id, position, type, address) VALUES (?, ?, ?, ?)",
        emailRows,
        (statement, row) -> {
          statement.setString(1, row.personId());
          statement.setInt(2, row.position());
          statement.setString(3, row.type());
          statement.setString(4, row.address());
        });
    inserts.insertAll(
        "INSERT INTO person_phone (person_id, position, type, raw, e164, issue)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        phoneRows,
        (statement, row) -> {
          statement.setString(1, row.personId());
          statement.setInt(2, row.position());
          statement.setString(3, row.type());
          statement.setString(4, row.raw());
          statement.setString(5, row.e164());
          statement.setString(6, row.issue());
        });
    inserts.insertAll(
        "INSERT INTO person_topic (person_id, topic_id) VALUES (?, ?)",
        topicRows,
        (statement, row) -> {
          statement.setString(1, row.personId());
          statement.setString(2, row.topicId());
        });
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
  public void delete(String id, String actor) {
    Person person = find(id).orElseThrow();
    long version = version(id).orElseThrow() + 1;
    rows.deleteById(id);
    audit.record(RecordKind.PERSON, id, actor, version, PersonField.cells(person), null);
    changeLog.append(RecordKind.PERSON, id);
  }

  private List<Person> assemble(List<PersonRow> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> ids = found.stream().map(PersonRow::id).toList();
    Map<String, List<Email>> emailsById = new HashMap<>();
    Map<String, List<Phone>> phonesById = new HashMap<>();
    Map<String, List<String>> topicsById = new HashMap<>();
    for (List<String> chunk : Batches.of(ids)) {
      String[] batch = chunk.toArray(String[]::new);
      for (EmailRow email : emails.findByPersonIds(batch)) {
        emailsById
            .computeIfAbsent(email.personId(), key -> new ArrayList<>())
            .add(new Email(EmailType.parse(email.type()), email.address()));
      }
      for (PhoneRow phone : phones.findByPersonIds(batch)) {
        phonesById
            .computeIfAbsent(phone.personId(), key -> new ArrayList<>())
            .add(
                new Phone(PhoneType.parse(phone.type()), phone.raw(), phone.e164(), phone.issue()));
      }
      for (TopicRow topic : topics.findByPersonIds(batch)) {
        topicsById.computeIfAbsent(topic.personId(), key -> new ArrayList<>()).add(topic.topicId());
      }
    }
    return found.stream()
        .map(
            row ->
                new Person(
                    row.id(),
                    row.givenName(),
                    row.familyName(),
                    row.jobTitle(),
                    row.organizationId(),
                    TextList.split(row.roles()),
                    emailsById.getOrDefault(row.id(), List.of()),
                    phonesById.getOrDefault(row.id(), List.of()),
                    TextList.split(row.languages()),
                    topicsById.getOrDefault(row.id(), List.of()),
                    row.pressContact(),
                    Visibility.parse(row.visibility()),
                    row.notes()))
        .toList();
  }
}
