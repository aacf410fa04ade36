package dev.directory.core.editing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.change.Writes;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.position.Positions;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Edits of any kind of record made through its cells, as the edit pages send them (named as the CSV
 * files name them): the one place that tells which kind's edit a page's save is.
 */
@Singleton
public final class CellEdits {

  private final Edits edits;
  private final People people;
  private final Organizations organizations;
  private final Positions positions;
  private final Writes writes;

  CellEdits(
      Edits edits, People people, Organizations organizations, Positions positions, Writes writes) {
    this.edits = edits;
    this.people = people;
    this.organizations = organizations;
    this.positions = positions;
    this.writes = writes;
  }

  /** The record's cells, when it exists. */
  public Optional<Map<String, String>> cells(RecordKind kind, String id) {
    return switch (kind) {
      case PERSON -> people.find(id).map(PersonField::cells);
      case ORGANIZATION -> organizations.find(id).map(OrganizationField::cells);
      case POSITION -> positions.find(id).map(PositionField::cells);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

  /** The record's version, when it exists. */
  public Optional<Long> version(RecordKind kind, String id) {
    return switch (kind) {
      case PERSON -> people.version(id);
      case ORGANIZATION -> organizations.version(id);
      case POSITION -> positions.version(id);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

  /**
   * Creates the record, in one transaction; {@code beforeCommit} is told its id within it, and what
   * it throws rolls the creation back.
   *
   * @return the new record's id
   * @throws dev.directory.core.problem.Refused naming each wrong field, or an id that is taken
   */
  public String create(
      RecordKind kind, Map<String, String> cells, String actor, Consumer<String> beforeCommit) {
    return writes.inTransaction(
        () -> {
          String id =
              switch (kind) {
                case PERSON -> edits.createPerson(PersonField.draft(cells).orRefuse(), actor).id();
                case ORGANIZATION ->
                    edits.createOrganization(OrganizationField.draft(cells).orRefuse(), actor).id();
                case POSITION ->
                    edits.createPosition(PositionField.draft(cells).orRefuse(), actor).id();
                case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
              };
          beforeCommit.accept(id);
          return id;
        });
  }

  /**
   * Changes the record, in one transaction, as {@link #create} does.
   *
   * @throws dev.directory.core.problem.NotFound when there is no such record
   * @throws EditConflict when it has changed since {@code version}
   * @throws dev.directory.core.problem.Refused naming each wrong field
   */
  public void update(
      RecordKind kind,
      String id,
      long version,
      Map<String, String> cells,
      String actor,
      Consumer<String> beforeCommit) {
    writes.run(
        () -> {
          switch (kind) {
            case PERSON ->
                edits.updatePerson(id, version, PersonField.draft(cells).orRefuse(), actor);
            case ORGANIZATION ->
                edits.updateOrganization(
                    id, version, OrganizationField.draft(cells).orRefuse(), actor);
            case POSITION ->
                edits.updatePosition(id, version, PositionField.draft(cells).orRefuse(), actor);
            case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
          }
          beforeCommit.accept(id);
        });
  }

  /**
   * Deletes the record.
   *
   * @throws dev.directory.core.problem.NotFound when there is no such record
   * @throws EditConflict when it has changed since {@code version}, or anything still refers to it
   */
  public void delete(RecordKind kind, String id, long version, String actor) {
    switch (kind) {
      case PERSON -> edits.deletePerson(id, version, actor);
      case ORGANIZATION -> edits.deleteOrganization(id, version, actor);
      case POSITION -> edits.deletePosition(id, version, actor);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    }
  }
}
