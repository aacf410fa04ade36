package dev.directory.web.edit;

import dev.directory.core.problem.ProblemWord;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Which kind of record an edit page edits: its address, its key in the bundles and its fields. */
enum FormKind {
  PERSON("/people/", "person", ProblemWord.PERSON, Columns.PERSON, "organization_id"),
  ORGANIZATION(
      "/organizations/",
      "organization",
      ProblemWord.ORGANIZATION,
      Columns.ORGANIZATION,
      "parent_id");

  final String path;

  /** The kind in the bundles' keys: {@code noun.<key>}, {@code field.<key>.<column>}. */
  final String key;

  /** Its name in the directory's problems ("No organisation has the id …"). */
  final ProblemWord noun;

  final List<Columns.Column> columns;

  /** The field naming the organisation the record belongs to. */
  final String above;

  FormKind(String path, String key, ProblemWord noun, List<Columns.Column> columns, String above) {
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
