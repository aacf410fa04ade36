package dev.directory.core.watch;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * A watch of a member of staff's.
 *
 * @param kind a {@link WatchKind}'s code
 * @param target the record's or organisation's id, or the query string of {@code /api/search}
 * @param label what it is called where it is listed
 * @param feedHash the SHA-256 of the secret in its feed's address
 * @param fromSeq the change log's position its members were read at
 * @param language the code of the language its feed (and its member's digest) is written in
 */
@MappedEntity("watch")
public record Watch(
    @Id String id,
    String username,
    String kind,
    String target,
    String label,
    String feedHash,
    Instant createdAt,
    @MappedProperty("from_seq") long fromSeq,
    String language) {

  public WatchKind watchKind() {
    return WatchKind.parse(kind);
  }
}
