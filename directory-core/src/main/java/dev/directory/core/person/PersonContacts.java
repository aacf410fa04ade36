package dev.directory.core.person;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.person.PersonRows.EmailRow;
import dev.directory.core.person.PersonRows.PersonRow;
import dev.directory.core.person.PersonRows.PhoneRow;
import dev.directory.core.person.PersonRows.TopicRow;
import dev.directory.core.storage.Batches;
import dev.directory.core.storage.RowInserts;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's e-mails, phones and topics, each in a table of its own: written a batch of people at a
 * time, and read back with the people's rows, a thousand people at a time.
 */
@Singleton
record PersonContacts(
    PersonRepositories.Emails emails,
    PersonRepositories.Phones phones,
    PersonRepositories.Topics topics,
    RowInserts inserts) {

  /** The people of these rows, with their e-mails, phones and topics. */
  List<Person> assemble(List<PersonRow> found) {
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

  /** Deletes the e-mails, phones and topics of these people. */
  void deleteAll(String[] personIds) {
    emails.deleteByPersonIds(personIds);
    phones.deleteByPersonIds(personIds);
    topics.deleteByPersonIds(personIds);
  }

  /** Writes the e-mails, phones and topics of these people, a batch at a time. */
  void saveAll(List<Person> people) {
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
}
