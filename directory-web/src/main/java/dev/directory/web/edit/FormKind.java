package dev.directory.web.edit;

import dev.directory.core.change.RecordKind;
import dev.directory.core.problem.ProblemWord;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Set;

/** Which kind of record an edit page edits: its address, its key in the bundles and its fields. */
enum FormKind {
  PERSON(
      RecordKind.PERSON,
      "/people/",
      "person",
      ProblemWord.PERSON,
      Columns.PERSON,
      "organization_id",
      Set.of("roles", "emails", "phones", "languages", "topics")),
  ORGANIZATION(
      RecordKind.ORGANIZATION,
      "/organizations/",
      "organization",
      ProblemWord.ORGANIZATION,
      Columns.ORGANIZATION,
      "parent_id",
      Set.of("aliases", "topics")),
  POSITION(
      RecordKind.POSITION,
      "/positions/",
      "position",
      ProblemWord.POSITION,
      Columns.POSITION,
      "organization_id",
      Set.of("emails", "phones", "holders"));

  final RecordKind record;

  final String path;

  /** The kind in the bundles' keys: {@code noun.<key>}, {@code field.<key>.<column>}. */
  final String key;

  /** Its name in the directory's problems ("No organisation has the id …"). */
  final ProblemWord noun;

  final List<Columns.Column> columns;

  /** The field naming the organisation the record belongs to. */
  final String above;

  /** The fields that hold lists: a merge keeps the values of both unless told otherwise. */
  final Set<String> lists;

  FormKind(
      RecordKind record,
      String path,
      String key,
      ProblemWord noun,
      List<Columns.Column> columns,
      String above,
      Set<String> lists) {
    this.record = record;
    this.lists = lists;
    this.path = path;
    this.key = key;
    this.noun = noun;
    this.columns = columns;
    this.above = above;
  }

  boolean has(@Nullable String field) {
    return columns.stream().anyMatch(column -> column.name().equals(field));
  }
}
