package dev.directory.core.record;

/** The fields of an organisation, in the order of organizations.csv. */
public enum OrganizationField implements Field {
  ID("id", "id", true),
  KIND("kind", "type", true),
  NAME("name", "name", true),
  LOCAL_NAME("local_name", "localName", false),
  ALIASES("aliases", "aliases", false),
  PARENT("parent_id", "parent", false),
  COUNTRY("country", "place.country", false),
  REGION("region", "place.region", false),
  CITY("city", "place.city", false),
  WEBSITE("website", "website", false),
  PHONE("phone", "phone", false),
  EMAIL("email", "email", false),
  TOPICS("topics", "topics", false),
  NOTES("notes", "notes", false);

  private final String column;
  private final String json;
  private final boolean required;

  OrganizationField(String column, String json, boolean required) {
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
