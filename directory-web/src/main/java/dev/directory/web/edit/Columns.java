package dev.directory.web.edit;

import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.record.Field;
import dev.directory.web.language.Texts;
import java.util.List;

/**
 * The fields of the edit forms: each field of the record's column table; their labels and hints are
 * in the bundles.
 */
final class Columns {

  private Columns() {}

  /** A field as the form shows it; its input is named as its column. */
  record Column(Field field, boolean multiline, List<String> choices) {

    Column(Field field, boolean multiline) {
      this(field, multiline, List.of());
    }

    static Column choice(Field field, List<String> choices) {
      return new Column(field, false, choices);
    }

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

    boolean required() {
      return field.required() || !choices.isEmpty();
    }
  }

  static final List<Column> ORGANIZATION =
      List.of(
          new Column(OrganizationField.ID, false),
          Column.choice(
              OrganizationField.KIND,
              List.of("ministry", "department", "municipal_service", "mission_office", "partner")),
          new Column(OrganizationField.NAME, false),
          new Column(OrganizationField.LOCAL_NAME, false),
          new Column(OrganizationField.ALIASES, false),
          new Column(OrganizationField.PARENT, false),
          new Column(OrganizationField.COUNTRY, false),
          new Column(OrganizationField.REGION, false),
          new Column(OrganizationField.CITY, false),
          new Column(OrganizationField.WEBSITE, false),
          new Column(OrganizationField.PHONE, false),
          new Column(OrganizationField.EMAIL, false),
          new Column(OrganizationField.TOPICS, false),
          new Column(OrganizationField.NOTES, true));

  static final List<Column> PERSON =
      List.of(
          new Column(PersonField.ID, false),
          new Column(PersonField.GIVEN_NAME, false),
          new Column(PersonField.FAMILY_NAME, false),
          new Column(PersonField.TITLE, false),
          new Column(PersonField.ORGANIZATION, false),
          new Column(PersonField.ROLES, false),
          new Column(PersonField.EMAILS, false),
          new Column(PersonField.PHONES, false),
          new Column(PersonField.LANGUAGES, false),
          new Column(PersonField.TOPICS, false),
          Column.choice(PersonField.PRESS_CONTACT, List.of("no", "yes")),
          Column.choice(PersonField.VISIBILITY, List.of("internal", "public")),
          new Column(PersonField.NOTES, true));

  static final List<Column> POSITION =
      List.of(
          new Column(PositionField.ID, false),
          new Column(PositionField.TITLE, false),
          new Column(PositionField.ORGANIZATION, false),
          Column.choice(PositionField.PRESS_CONTACT, List.of("no", "yes")),
          new Column(PositionField.EMAILS, false),
          new Column(PositionField.PHONES, false),
          new Column(PositionField.HOLDERS, true),
          new Column(PositionField.NOTES, true));
}
