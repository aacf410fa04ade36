package dev.directory.web.edit;

import java.util.List;

/** The fields of the edit forms: the CSV columns, with a label and a hint each. */
final class Columns {

  private Columns() {}

  /** A column as the form shows it. */
  record Column(
      String name,
      String label,
      String hint,
      boolean required,
      boolean multiline,
      List<String> choices) {

    Column(String name, String label, String hint, boolean required, boolean multiline) {
      this(name, label, hint, required, multiline, List.of());
    }

    /** A field with a few fixed values, chosen from a list. */
    static Column choice(String name, String label, List<String> choices) {
      return new Column(name, label, "", true, false, choices);
    }
  }

  static final List<Column> ORGANIZATION =
      List.of(
          new Column(
              "id",
              "Id",
              "small letters, digits and hyphens, e.g. municipal-services-calama; it cannot change later",
              true,
              false),
          Column.choice(
              "kind",
              "Kind",
              List.of("ministry", "department", "municipal_service", "mission_office", "partner")),
          new Column("name", "Name", "in English", true, false),
          new Column("local_name", "Local name", "in the local language", false, false),
          new Column(
              "aliases", "Other names and acronyms", "separated by ;, e.g. MINSAL", false, false),
          new Column(
              "parent_id", "Belongs to", "the id of the organisation above it", false, false),
          new Column("country", "Country", "ISO code, e.g. CL", false, false),
          new Column("region", "Region", "first-level region", false, false),
          new Column("city", "City", "", false, false),
          new Column("website", "Website", "http:// or https:// address", false, false),
          new Column(
              "phone", "General phone", "as written; read in the country above", false, false),
          new Column("email", "General e-mail", "", false, false),
          new Column("topics", "Topics", "topic ids separated by ;", false, false),
          new Column("notes", "Notes", "", false, true));

  static final List<Column> PERSON =
      List.of(
          new Column(
              "id",
              "Id",
              "small letters, digits and hyphens, e.g. maria-elena-santos; it cannot change later",
              true,
              false),
          new Column("given_name", "Given name", "", true, false),
          new Column("family_name", "Family name", "", true, false),
          new Column("job_title", "Job title", "", false, false),
          new Column(
              "organization_id", "Organisation", "the id of their organisation", true, false),
          new Column("roles", "Roles", "separated by ;, e.g. press; focal point", false, false),
          new Column(
              "emails",
              "E-mails",
              "separated by ;, each optionally typed: work: a@iom.int; personal: …",
              false,
              false),
          new Column(
              "phones",
              "Phones",
              "separated by ;, each optionally typed: work:, mobile: or fax:",
              false,
              false),
          new Column(
              "languages", "Languages", "ISO codes separated by ;, e.g. es; en", false, false),
          new Column("topics", "Topics", "topic ids separated by ;", false, false),
          Column.choice("press_contact", "Press contact", List.of("no", "yes")),
          Column.choice(
              "visibility",
              "Visibility (public: the press page may show them)",
              List.of("internal", "public")),
          new Column("notes", "Notes", "", false, true));
}
