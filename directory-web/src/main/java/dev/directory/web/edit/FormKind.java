package dev.directory.web.edit;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Which kind of record an edit page edits: its address, its name in words and its fields. */
enum FormKind {
  PERSON("/people/", "person", Columns.PERSON, "organization_id"),
  ORGANIZATION("/organizations/", "organisation", Columns.ORGANIZATION, "parent_id");

  final String path;
  final String noun;
  final List<Columns.Column> columns;

  /** The field naming the organisation the record belongs to. */
  final String above;

  FormKind(String path, String noun, List<Columns.Column> columns, String above) {
    this.path = path;
    this.noun = noun;
    this.columns = columns;
    this.above = above;
  }

  boolean has(@Nullable String field) {
    return columns.stream().anyMatch(column -> column.name().equals(field));
  }
}
