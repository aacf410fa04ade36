package dev.directory.core.record;

/** The fields of a person, in the order of people.csv. */
public enum PersonField implements Field {
  ID("id", "id", true),
  GIVEN_NAME("given_name", "givenName", true),
  FAMILY_NAME("family_name", "familyName", true),
  TITLE("job_title", "title", false),
  ORGANIZATION("organization_id", "organization", true),
  ROLES("roles", "roles", false),
  EMAILS("emails", "emails", false),
  PHONES("phones", "phones", false),
  LANGUAGES("languages", "languages", false),
  TOPICS("topics", "topics", false),
  PRESS_CONTACT("press_contact", "pressContact", false),
  VISIBILITY("visibility", "visibility", false),
  NOTES("notes", "notes", false);

  private final Names names;

  PersonField(String column, String json, boolean required) {
    this.names = new Names(column, json, required);
  }

  @Override
  public Names names() {
    return names;
  }
}
