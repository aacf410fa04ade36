package dev.directory.web.api;

import io.micronaut.serde.annotation.Serdeable;

/** A link to another record: its id, its name, and where it is. */
@Serdeable
public record Ref(String id, String name, String url) {

  public static Ref organization(String id, String name) {
    return new Ref(id, name, "/organizations/" + id);
  }

  public static Ref person(String id, String name) {
    return new Ref(id, name, "/people/" + id);
  }
}
