package dev.directory.web.edit;

import dev.directory.core.problem.Problem;
import dev.directory.web.duplicate.PossibleDuplicate;
import dev.directory.web.history.HistoryViews;
import dev.directory.web.language.ProblemTexts;
import dev.directory.web.language.Texts;
import dev.directory.web.page.Addresses;
import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the edit page: a record's fields as its CSV columns, with a message by each wrong
 * one, and what changed meanwhile when the save came too late.
 *
 * @param version the version the editor started from (null for a new record)
 * @param changedMeanwhile the changes made since that version, when a save was refused for them
 * @param deleteAction where the delete button posts (null for a new record)
 * @param possibleDuplicates stored records the save would look like: it was not made, and waits for
 *     the editor to save anyway or open one of them
 */
public record EditForm(
    String heading,
    String action,
    String cancel,
    @Nullable Long version,
    List<Field> fields,
    @Nullable String problem,
    List<HistoryViews.Change> changedMeanwhile,
    @Nullable String deleteAction,
    List<PossibleDuplicate> possibleDuplicates) {

  public EditForm {
    possibleDuplicates = List.copyOf(possibleDuplicates);
  }

  /** The label of the form's field {@code name}, for what changed meanwhile; else the name. */
  public String labelOf(String name) {
    return fields.stream()
        .filter(field -> field.name().equals(name))
        .map(Field::label)
        .findFirst()
        .orElse(name);
  }

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

  /** The form of a stored record, or of a new one (id null), as nobody has changed it yet. */
  static EditForm blank(
      FormKind kind, @Nullable String id, @Nullable Long version, Map<String, String> values) {
    return of(kind, id, version, values, Map.of(), null, List.of());
  }

  /** The form again after a refused save: the values as typed, each problem by its field. */
  static EditForm refused(
      FormKind kind,
      @Nullable String id,
      @Nullable Long version,
      Map<String, String> values,
      List<Problem> problems) {
    return of(
        kind,
        id,
        version,
        values,
        problems(kind, problems),
        Texts.t("edit.not_saved") + notOnTheForm(kind, problems),
        List.of());
  }

  /** The form of a record (id null: a new one) with its values and what is wrong with them. */
  static EditForm of(
      FormKind kind,
      @Nullable String id,
      @Nullable Long version,
      Map<String, String> values,
      Map<String, String> problems,
      @Nullable String problem,
      List<HistoryViews.Change> changedMeanwhile) {
    List<EditForm.Field> fields =
        kind.columns.stream()
            .map(
                column ->
                    new EditForm.Field(
                        column.name(),
                        column.label(kind.key),
                        column.name().equals("id") && id != null ? id : values.get(column.name()),
                        problems.get(column.name()),
                        column.hint(kind.key),
                        column.required(),
                        column.multiline(),
                        column.name().equals("id") && id != null,
                        column.choices()))
            .toList();
    String noun = Texts.t("noun." + kind.key);
    String heading = id == null ? Texts.t("edit.new", noun) : Texts.t("edit.edit", noun, id);
    String action =
        id == null ? Addresses.page(kind.record, "new") : Addresses.page(kind.record, id) + "/edit";
    String cancel = id == null ? "/" : Addresses.page(kind.record, id);
    return new EditForm(
        heading,
        action,
        cancel,
        version,
        fields,
        problem,
        changedMeanwhile,
        id == null ? null : Addresses.page(kind.record, id) + "/delete",
        List.of());
  }

  /** The same form, holding back a save that looks like {@code duplicates}. */
  EditForm withPossibleDuplicates(List<PossibleDuplicate> duplicates) {
    return new EditForm(
        heading,
        action,
        cancel,
        version,
        fields,
        Texts.t("edit.looks_like"),
        changedMeanwhile,
        deleteAction,
        duplicates);
  }

  /** The problems of the form's fields, by field. */
  private static Map<String, String> problems(FormKind kind, List<Problem> problems) {
    Map<String, String> byField = new HashMap<>();
    for (Problem problem : problems) {
      if (kind.has(problem.field())) {
        byField.merge(problem.field(), ProblemTexts.message(problem), (a, b) -> a + "; " + b);
      }
    }
    return byField;
  }

  /** The problems no field of the form can show, as sentences after the form's message. */
  private static String notOnTheForm(FormKind kind, List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (!kind.has(problem.field())) {
        text.append(' ').append(ProblemTexts.describe(problem)).append('.');
      }
    }
    return text.toString();
  }
}
