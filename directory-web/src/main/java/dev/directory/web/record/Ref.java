package dev.directory.web.record;

import dev.directory.core.change.RecordKind;
import dev.directory.search.query.ResultType;
import io.micronaut.serde.annotation.Serdeable;

/** A link to another record: its id, its name, and where it is. */
@Serdeable
public record Ref(String id, String name, String url) {

  /** The page of a search result. */
  public static String url(ResultType type, String id) {
    if (type == ResultType.POSITION) {
      return "/positions/" + id;
    }
    return (type.isPerson() ? "/people/" : "/organizations/") + id;
  }

  /** A link to a person, organisation or position. */
  public static Ref of(RecordKind kind, String id, String name) {
    return switch (kind) {
      case PERSON -> person(id, name);
      case POSITION -> position(id, name);
      case ORGANIZATION -> organization(id, name);
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }

  public static Ref organization(String id, String name) {
    return new Ref(id, name, "/organizations/" + id);
  }

  public static Ref person(String id, String name) {
    return new Ref(id, name, "/people/" + id);
  }

  public static Ref position(String id, String title) {
    return new Ref(id, title, "/positions/" + id);
  }
}
