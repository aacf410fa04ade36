package dev.directory.core.importing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored people, for the cards of one upload: the UIDs of their cards are worked out once, when
 * the first card that has a UID asks.
 */
final class StoredPeople implements PersonIds {

  private final People people;
  private Map<String, String> idsByCardUid;

  StoredPeople(People people) {
    this.people = people;
  }

  @Override
  public boolean taken(String id) {
    return people.exists(id);
  }

  @Override
  public Optional<Person> withCardUid(String uid) {
    if (idsByCardUid == null) {
      idsByCardUid = new HashMap<>();
      for (String id : people.ids()) {
        idsByCardUid.put(RecordKind.PERSON.cardUid(id), id);
      }
    }
    return Optional.ofNullable(idsByCardUid.get(uid)).flatMap(people::find);
  }
}
