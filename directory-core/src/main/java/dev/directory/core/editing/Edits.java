package dev.directory.core.editing;

import dev.directory.core.audit.AuditLog;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.importing.ImportProblem;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Staff edits of organisations and people: checked exactly as an import checks a row, written in
 * one transaction with their history, and refused when made on an older version than the stored
 * one. An organisation that still has departments or people, or that anything else refers to, is
 * not deleted: the refusal says what to move first.
 */
@Singleton
public class Edits {

  /** Something that refers to a record: the query counting it, and its name for one and more. */
  private record Reference(String countSql, String one, String many) {}

  private static final List<Reference> TO_ORGANIZATION =
      List.of(
          new Reference(
              "SELECT COUNT(*) FROM organization WHERE parent_id = ?", "department", "departments"),
          new Reference(
              "SELECT COUNT(*) FROM person WHERE organization_id = ?", "person", "people"),
          new Reference(
              "SELECT COUNT(*) FROM mission_office WHERE fallback_office_id = ?",
              "office falling back to it",
              "offices falling back to it"),
          new Reference(
              "SELECT COUNT(*) FROM engagement_organization WHERE organization_id = ?",
              "engagement",
              "engagements"),
          new Reference(
              "SELECT COUNT(*) FROM inquiry WHERE office_id = ?",
              "press inquiry",
              "press inquiries"));

  private static final List<Reference> TO_PERSON =
      List.of(
          new Reference(
              "SELECT COUNT(*) FROM engagement_person WHERE person_id = ?",
              "engagement",
              "engagements"),
          new Reference(
              "SELECT COUNT(*) FROM inquiry WHERE contact_id = ?",
              "press inquiry",
              "press inquiries"));

  private final CsvImporter checks;
  private final Organizations organizations;
  private final People people;
  private final AuditLog audit;
  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  Edits(
      CsvImporter checks,
      Organizations organizations,
      People people,
      AuditLog audit,
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions) {
    this.checks = checks;
    this.organizations = organizations;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * @param fields the organisation's fields, named as the columns of organizations.csv
   * @throws EditRefused naming each wrong field, or an id that is taken
   */
  public Organization createOrganization(Map<String, String> fields, String actor) {
    return inTransaction(
        () -> {
          Organization organization = checked(checks.checkOrganization(fields));
          refuseTaken(organizations.exists(organization.id()), organization.id(), "organizations");
          organizations.save(organization, actor);
          return organization;
        });
  }

  /**
   * @param version the version the editor started from
   * @throws NoSuchElementException when there is no such organisation
   * @throws EditConflict when it has changed since that version
   * @throws EditRefused naming each wrong field
   */
  public Organization updateOrganization(
      String id, long version, Map<String, String> fields, String actor) {
    return inTransaction(
        () -> {
          checkVersion(RecordKind.ORGANIZATION, id, version);
          Organization organization =
              checked(checks.checkOrganization(withId(fields, id, "organizations")));
          organizations.save(organization, actor);
          return organization;
        });
  }

  /**
   * @throws EditConflict when it has changed since {@code version}, or when departments, people,
   *     offices, engagements or inquiries still refer to it
   */
  public void deleteOrganization(String id, long version, String actor) {
    inTransaction(
        () -> {
          long current = checkVersion(RecordKind.ORGANIZATION, id, version);
          List<String> references = references(TO_ORGANIZATION, id);
          if (!references.isEmpty()) {
            throw new EditConflict(
                "“"
                    + id
                    + "” still has "
                    + String.join(", ", references)
                    + "; move them to another organisation first.",
                current,
                List.of());
          }
          organizations.delete(id, actor);
          return null;
        });
  }

  /**
   * @param fields the person's fields, named as the columns of people.csv
   * @throws EditRefused naming each wrong field, or an id that is taken
   */
  public Person createPerson(Map<String, String> fields, String actor) {
    return inTransaction(
        () -> {
          Person person = checked(checks.checkPerson(fields));
          refuseTaken(people.exists(person.id()), person.id(), "people");
          people.save(person, actor);
          return person;
        });
  }

  /**
   * @throws NoSuchElementException when there is no such person
   * @throws EditConflict when they have changed since {@code version}
   * @throws EditRefused naming each wrong field
   */
  public Person updatePerson(String id, long version, Map<String, String> fields, String actor) {
    return inTransaction(
        () -> {
          checkVersion(RecordKind.PERSON, id, version);
          Person person = checked(checks.checkPerson(withId(fields, id, "people")));
          people.save(person, actor);
          return person;
        });
  }

  /**
   * @throws EditConflict when they have changed since {@code version}, or when engagements or
   *     inquiries still refer to them
   */
  public void deletePerson(String id, long version, String actor) {
    inTransaction(
        () -> {
          long current = checkVersion(RecordKind.PERSON, id, version);
          List<String> references = references(TO_PERSON, id);
          if (!references.isEmpty()) {
            throw new EditConflict(
                "“"
                    + id
                    + "” is named in "
                    + String.join(", ", references)
                    + "; hand them to someone else first.",
                current,
                List.of());
          }
          people.delete(id, actor);
          return null;
        });
  }

  /**
   * Compares the version the editor started from with the stored one, which stays locked until the
   * transaction ends: two editors saving at once cannot both pass.
   */
  private long checkVersion(RecordKind kind, String id, long expected) {
    String table = kind == RecordKind.PERSON ? "person" : "organization";
    long current =
        jdbc.prepareStatement(
            "SELECT version FROM " + table + " WHERE id = ? FOR UPDATE",
            (PreparedStatement statement) -> {
              statement.setString(1, id);
              try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                  throw new NoSuchElementException("Nothing has the id “" + id + "”.");
                }
                return result.getLong(1);
              }
            });
    if (current != expected) {
      List<RecordChange> since = audit.since(kind, id, expected);
      List<String> who = since.stream().map(RecordChange::actor).distinct().toList();
      throw new EditConflict(
          "“"
              + id
              + "” has changed since you opened it (version "
              + expected
              + ", now "
              + current
              + (who.isEmpty() ? "" : ", by " + String.join(", ", who))
              + "); nothing was saved. Open it again and reapply your change.",
          current,
          since);
    }
    return current;
  }

  /** What still refers to the record, e.g. "2 departments", "1 press inquiry". */
  private List<String> references(List<Reference> kinds, String id) {
    List<String> found = new ArrayList<>();
    for (Reference kind : kinds) {
      long count =
          jdbc.prepareStatement(
              kind.countSql(),
              (PreparedStatement statement) -> {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                  result.next();
                  return result.getLong(1);
                }
              });
      if (count > 0) {
        found.add(count + " " + (count == 1 ? kind.one() : kind.many()));
      }
    }
    return found;
  }

  /** The fields with the record's id; an id given in them that differs is refused. */
  private static Map<String, String> withId(Map<String, String> fields, String id, String file) {
    String given = fields.get("id");
    if (given != null && !given.isBlank() && !given.strip().equals(id)) {
      throw new EditRefused(
          List.of(
              new ImportProblem(
                  file,
                  0,
                  "id",
                  "an id cannot change: this record is “"
                      + id
                      + "”, not “"
                      + given.strip()
                      + "”")));
    }
    Map<String, String> withId = new HashMap<>(fields);
    withId.put("id", id);
    return withId;
  }

  private static <T> T checked(CsvImporter.Checked<T> checked) {
    if (!checked.problems().isEmpty()) {
      throw new EditRefused(checked.problems());
    }
    return checked.value();
  }

  private static void refuseTaken(boolean taken, String id, String file) {
    if (taken) {
      throw new EditRefused(
          List.of(new ImportProblem(file, 0, "id", "“" + id + "” is taken; choose another id")));
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }
}
