package dev.directory.web.edit;

import dev.directory.web.record.HistoryViews;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The model of the edit page: a record's fields as its CSV columns, with a message by each wrong
 * one, and what changed meanwhile when the save came too late.
 *
 * @param version the version the editor started from (null for a new record)
 * @param changedMeanwhile the changes made since that version, when a save was refused for them
 * @param deleteAction where the delete button posts (null for a new record)
 */
public record EditForm(
    String heading,
    String action,
    String cancel,
    @Nullable Long version,
    List<Field> fields,
    @Nullable String problem,
    List<HistoryViews.Change> changedMeanwhile,
    @Nullable String deleteAction) {

  /** One field of the form. */
  public record Field(
      String name,
      String label,
      @Nullable String value,
      @Nullable String problem,
      String hint,
      boolean required,
      boolean multiline,
      boolean readOnly,
      List<String> choices) {}
}
