package dev.directory.web.position;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.record.RecordViews;
import dev.directory.web.record.Ref;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Positions as their views show them. */
@Singleton
public class PositionRecords {

  private final Positions positions;
  private final People people;
  private final Organizations organizations;
  private final Freshness freshness;

  PositionRecords(
      Positions positions, People people, Organizations organizations, Freshness freshness) {
    this.freshness = freshness;
    this.positions = positions;
    this.people = people;
    this.organizations = organizations;
  }

  /** The position with who held it on {@code day}. */
  public Optional<PositionView> view(String id, LocalDate day) {
    return positions.find(id).map(position -> view(position, day));
  }

  private PositionView view(Position position, LocalDate day) {
    Map<String, Ref> holders = new HashMap<>();
    for (Person person :
        people.findAll(position.holders().stream().map(Holding::personId).distinct().toList())) {
      holders.put(person.id(), Ref.person(person.id(), person.fullName()));
    }
    String organizationName =
        organizations
            .find(position.organizationId())
            .map(o -> o.name())
            .orElse(position.organizationId());
    return new PositionView(
        position.id(),
        "position",
        position.title(),
        Ref.organization(position.organizationId(), organizationName),
        position.pressContact(),
        position.emails().stream().map(RecordViews::email).toList(),
        position.phones().stream().map(RecordViews::phone).toList(),
        position.holders().stream()
            .map(
                h ->
                    new PositionView.HoldingView(
                        holders.getOrDefault(h.personId(), Ref.person(h.personId(), h.personId())),
                        h.start() == null ? null : h.start().toString(),
                        h.end() == null ? null : h.end().toString(),
                        h.heldOn(day)))
            .toList(),
        position.holdersOn(day).stream()
            .distinct()
            .map(p -> holders.getOrDefault(p, Ref.person(p, p)))
            .toList(),
        day.toString(),
        position.notes(),
        freshness.of(RecordKind.POSITION, position.id()),
        Ref.position(position.id(), position.title()).url(),
        positions.version(position.id()).orElse(1L));
  }
}
