package dev.directory.core.steward;

import dev.directory.core.change.RecordKind;

/**
 * How the stewards' queries read one kind of record: its table as {@code x}, its name, and the
 * organisation whose country it is of as {@code o} (an organisation's is its own row).
 */
enum RecordTable {
  ORGANIZATION(RecordKind.ORGANIZATION, "organization", "x.name"),
  PERSON(RecordKind.PERSON, "person", "x.given_name || ' ' || x.family_name"),
  POSITION(RecordKind.POSITION, "position", "x.title");

  final RecordKind kind;
  final String table;

  /** The record's name, as a column expression. */
  final String name;

  RecordTable(RecordKind kind, String table, String name) {
    this.kind = kind;
    this.table = table;
    this.name = name;
  }

  static RecordTable of(RecordKind kind) {
    return switch (kind) {
      case PERSON -> PERSON;
      case POSITION -> POSITION;
      case ORGANIZATION -> ORGANIZATION;
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

  /** The kind as the steward and history tables write it. */
  String entity() {
    return kind.name();
  }

  /** The table with its organisation: {@code x}, and {@code o} joined by its organisation. */
  String withOrganization() {
    return this == ORGANIZATION
        ? "organization x"
        : "organization o JOIN " + table + " x ON x.organization_id = o.id";
  }

  /** The alias of the row whose country the record is of. */
  String organization() {
    return this == ORGANIZATION ? "x" : "o";
  }
}
