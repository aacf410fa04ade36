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

  private final String column;
  private final String json;
  private final boolean required;

  PositionField(String column, String json, boolean required) {
    this.column = column;
    this.json = json;
    this.required = required;
  }

  @Override
  public String column() {
    return column;
  }

  @Override
  public String json() {
    return json;
  }

  @Override
  public boolean required() {
    return required;
  }
}
