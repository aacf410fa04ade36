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

  private final Names names;

  OrganizationField(String column, String json, boolean required) {
    this.names = new Names(column, json, required);
  }

  @Override
  public Names names() {
    return names;
  }
}
