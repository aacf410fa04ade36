package dev.directory.web.edit;

import dev.directory.core.record.Field;
import dev.directory.core.record.OrganizationField;
import dev.directory.core.record.PersonField;
import java.util.List;

/**
 * The fields of the edit forms: each field of the record's column table, with a label and a hint.
 */
final class Columns {

  private Columns() {}

  /** A field as the form shows it; its input is named as its column. */
  record Column(Field field, String label, String hint, boolean multiline, List<String> choices) {

    Column(Field field, String label, String hint, boolean multiline) {
      this(field, label, hint, multiline, List.of());
    }

    /** A field with a few fixed values, chosen from a list. */
    static Column choice(Field field, String label, List<String> choices) {
      return new Column(field, label, "", false, choices);
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
          new Column(
              OrganizationField.ID,
              "Id",
              "small letters, digits and hyphens, e.g. municipal-services-calama; it cannot change later",
              false),
          Column.choice(
              OrganizationField.KIND,
              "Kind",
              List.of("ministry", "department", "municipal_service", "mission_office", "partner")),
          new Column(OrganizationField.NAME, "Name", "in English", false),
          new Column(OrganizationField.LOCAL_NAME, "Local name", "in the local language", false),
          new Column(
              OrganizationField.ALIASES,
              "Other names and acronyms",
              "separated by ;, e.g. MINSAL",
              false),
          new Column(
              OrganizationField.PARENT, "Belongs to", "the id of the organisation above it", false),
          new Column(OrganizationField.COUNTRY, "Country", "ISO code, e.g. CL", false),
          new Column(OrganizationField.REGION, "Region", "first-level region", false),
          new Column(OrganizationField.CITY, "City", "", false),
          new Column(OrganizationField.WEBSITE, "Website", "http:// or https:// address", false),
          new Column(
              OrganizationField.PHONE,
              "General phone",
              "as written; read in the country above",
              false),
          new Column(OrganizationField.EMAIL, "General e-mail", "", false),
          new Column(OrganizationField.TOPICS, "Topics", "topic ids separated by ;", false),
          new Column(OrganizationField.NOTES, "Notes", "", true));

  static final List<Column> PERSON =
      List.of(
          new Column(
              PersonField.ID,
              "Id",
              "small letters, digits and hyphens, e.g. maria-elena-santos; it cannot change later",
              false),
          new Column(PersonField.GIVEN_NAME, "Given name", "", false),
          new Column(PersonField.FAMILY_NAME, "Family name", "", false),
          new Column(PersonField.TITLE, "Job title", "", false),
          new Column(
              PersonField.ORGANIZATION, "Organisation", "the id of their organisation", false),
          new Column(PersonField.ROLES, "Roles", "separated by ;, e.g. press; focal point", false),
          new Column(
              PersonField.EMAILS,
              "E-mails",
              "separated by ;, each optionally typed: work: a@iom.int; personal: …",
              false),
          new Column(
              PersonField.PHONES,
              "Phones",
              "separated by ;, each optionally typed: work:, mobile: or fax:",
              false),
          new Column(
              PersonField.LANGUAGES, "Languages", "ISO codes separated by ;, e.g. es; en", false),
          new Column(PersonField.TOPICS, "Topics", "topic ids separated by ;", false),
          Column.choice(PersonField.PRESS_CONTACT, "Press contact", List.of("no", "yes")),
          Column.choice(
              PersonField.VISIBILITY,
              "Visibility (public: the press page may show them)",
              List.of("internal", "public")),
          new Column(PersonField.NOTES, "Notes", "", true));
}
