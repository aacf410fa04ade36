package dev.directory.web.edit;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Field;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Which kind of record an edit page edits: its address, its key in the bundles and its fields. */
enum FormKind {
  PERSON(RecordKind.PERSON, "person", ProblemWord.PERSON, Columns.PERSON, PersonField.ORGANIZATION),
  ORGANIZATION(
      RecordKind.ORGANIZATION,
      "organization",
      ProblemWord.ORGANIZATION,
      Columns.ORGANIZATION,
      OrganizationField.PARENT),
  POSITION(
      RecordKind.POSITION,
      "position",
      ProblemWord.POSITION,
      Columns.POSITION,
      PositionField.ORGANIZATION);

  final RecordKind record;

  /** The kind in the bundles' keys: {@code noun.<key>}, {@code field.<key>.<column>}. */
  final String key;

  /** Its name in the directory's problems ("No organisation has the id …"). */
  final ProblemWord noun;

  final List<Columns.Column> columns;

  /** The field naming the organisation the record belongs to. */
  final Field above;

  FormKind(
      RecordKind record, String key, ProblemWord noun, List<Columns.Column> columns, Field above) {
    this.record = record;
    this.key = key;
    this.noun = noun;
    this.columns = columns;
    this.above = above;
  }

  boolean has(@Nullable String field) {
    return columns.stream().anyMatch(column -> column.name().equals(field));
  }
}
