package dev.directory.core.position;

import dev.directory.core.person.Person;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who answers a mission office's press inquiries on a day, the one rule that routing, the press
 * page and an inquiry's e-mail share: the holders that day of the office's press contact positions;
 * when the office has no press contact position, its people marked as its press contact. Who may be
 * named to the public is the caller's to filter.
 */
public final class PressContacts {

  /**
   * A press contact: the person, and the press contact position they hold (null: by their mark).
   */
  public record PressContact(Person person, @Nullable Position position) {}

  /**
   * @param contacts in the positions' order, each position's holders in theirs
   * @param vacant the office's press contact positions nobody holds that day
   */
  public record OnADay(List<PressContact> contacts, List<Position> vacant) {}

  private PressContacts() {}

  /**
   * @param officeId the office
   * @param positions positions among which are the office's press contact positions (any others are
   *     passed over)
   * @param person a person by id
   * @param officePeople the office's people, asked for only when it has no press contact position
   */
  public static OnADay of(
      String officeId,
      Collection<Position> positions,
      Function<String, Optional<Person>> person,
      Supplier<List<Person>> officePeople,
      LocalDate day) {
    List<Position> own =
        positions.stream()
            .filter(p -> p.pressContact() && p.organizationId().equals(officeId))
            .toList();
    if (own.isEmpty()) {
      return new OnADay(
          officePeople.get().stream()
              .filter(Person::pressContact)
              .map(marked -> new PressContact(marked, null))
              .toList(),
          List.of());
    }
    List<PressContact> held = new ArrayList<>();
    List<Position> vacant = new ArrayList<>();
    for (Position position : own) {
      int before = held.size();
      for (String holder : position.holdersOn(day)) {
        person.apply(holder).ifPresent(found -> held.add(new PressContact(found, position)));
      }
      if (held.size() == before) {
        vacant.add(position);
      }
    }
    return new OnADay(held, vacant);
  }
}
