package dev.directory.web.edit;

import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.record.Field;
import dev.directory.web.language.Texts;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the edit forms: each field of the kind's description, asked for as it says (a box
 * of several lines, a choice); their labels and hints are in the bundles.
 */
final class Columns {

  private Columns() {}

  /** A field as the form shows it; its input is named as its column. */
  record Column(Field field) {

    /** Its label in the page's language: {@code field.<kind>.<column>} of the bundles. */
    String label(String kind) {
      return Texts.t("field." + kind + "." + name());
    }

    /** Its hint, where the bundles give one ({@code field.<kind>.<column>.hint}). */
    String hint(String kind) {
      return Texts.find("field." + kind + "." + name() + ".hint").orElse("");
    }

    String name() {
      return field.column();
    }

    boolean multiline() {
      return field.multiline();
    }

    List<String> choices() {
      return field.choices();
    }

    boolean required() {
      return field.required() || !choices().isEmpty();
    }
  }

  /** The organisation's fields but those its dated changes set (status, former names …). */
  static final List<Column> ORGANIZATION =
      of(
          Arrays.stream(OrganizationField.values())
              .filter(field -> !field.followsFromChanges())
              .toArray(Field[]::new));

  static final List<Column> PERSON = of(PersonField.values());

  static final List<Column> POSITION = of(PositionField.values());

  /** The form's fields: every field of the kind, in the order of its CSV file. */
  private static List<Column> of(Field[] fields) {
    return Arrays.stream(fields).map(Column::new).toList();
  }
}
