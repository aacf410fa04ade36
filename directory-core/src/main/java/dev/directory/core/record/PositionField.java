package dev.directory.core.record;

/** The fields of a position, in the order of positions.csv. */
public enum PositionField implements Field {
  ID("id", "id", true),
  TITLE("title", "title", true),
  ORGANIZATION("organization_id", "organization", true),
  PRESS_CONTACT("press_contact", "pressContact", false),
  EMAILS("emails", "emails", false),
  PHONES("phones", "phones", false),
  HOLDERS("holders", "holders", false),
  NOTES("notes", "notes", false);

  private final Names names;

  PositionField(String column, String json, boolean required) {
    this.names = new Names(column, json, required);
  }

  @Override
  public Names names() {
    return names;
  }
}
