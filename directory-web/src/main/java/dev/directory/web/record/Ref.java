package dev.directory.web.record;

import dev.directory.core.change.RecordKind;
import dev.directory.search.query.ResultType;
import dev.directory.web.page.Addresses;
import io.micronaut.serde.annotation.Serdeable;

/** A link to another record: its id, its name, and where it is. */
@Serdeable
public record Ref(String id, String name, String url) {

  /** The page of a search result. */
  public static String url(ResultType type, String id) {
    return Addresses.page(type.kind(), id);
  }

  /** A link to a person, organisation or position. */
  public static Ref of(RecordKind kind, String id, String name) {
    return new Ref(id, name, Addresses.page(kind, id));
  }

  public static Ref organization(String id, String name) {
    return of(RecordKind.ORGANIZATION, id, name);
  }

  public static Ref person(String id, String name) {
    return of(RecordKind.PERSON, id, name);
  }

  public static Ref position(String id, String title) {
    return of(RecordKind.POSITION, id, title);
  }
}
