package dev.directory.web.page;

import dev.directory.core.change.RecordKind;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.stream.Stream;

/**
 * Where a record is: its page, and the same path under {@code /api}. Written once for all kinds.
 */
public final class Addresses {

  private Addresses() {}

  /** The page of a person, organisation or position, such as {@code /people/norberto-giron}. */
  public static String page(RecordKind kind, String id) {
    return "/" + plural(kind) + "/" + id;
  }

  /** The record in the API, such as {@code /api/people/norberto-giron}. */
  public static String api(RecordKind kind, String id) {
    return "/api" + page(kind, id);
  }

  /**
   * The kind whose pages are under {@code /<plural>/}: people, organisations or positions.
   *
   * @throws HttpStatusException 404 for any other word
   */
  public static RecordKind kind(String plural) {
    return Stream.of(RecordKind.PERSON, RecordKind.ORGANIZATION, RecordKind.POSITION)
        .filter(kind -> plural(kind).equals(plural))
        .findFirst()
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such page"));
  }

  private static String plural(RecordKind kind) {
    return switch (kind) {
      case PERSON -> "people";
      case ORGANIZATION -> "organizations";
      case POSITION -> "positions";
      case TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
    };
  }
}
