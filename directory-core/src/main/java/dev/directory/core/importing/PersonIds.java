package dev.directory.core.importing;

import dev.directory.core.person.Person;
import java.util.Optional;

/** The people already stored, as the reading of cards needs them. */
@FunctionalInterface
interface PersonIds {

  /** Whether a person's id is taken, for the ids given to people of new cards. */
  boolean taken(String id);

  /**
   * The stored person whose exported card carries {@code uid} ({@code RecordKind.cardUid}), so that
   * a card exported and imported again updates its person instead of making another.
   */
  default Optional<Person> withCardUid(String uid) {
    return Optional.empty();
  }
}
