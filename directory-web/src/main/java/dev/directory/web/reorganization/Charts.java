package dev.directory.web.reorganization;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.reorganization.OnADay;
import dev.directory.web.reorganization.ChartNode.ChartPosition;
import dev.directory.web.reorganization.ChartNode.Holder;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation chart of an organisation on a day: its units as they were then, level by level
 * (one read of each level, however many units it has), each with its positions and their holders
 * that day.
 */
@Singleton
final class Charts {

  /** Deeper than this, a chart stops: a loop of parents cannot make it endless. */
  private static final int DEEPEST = 30;

  private final OnADay onADay;
  private final People people;

  Charts(OnADay onADay, People people) {
    this.onADay = onADay;
    this.people = people;
  }

  /**
   * @throws dev.directory.core.problem.NotFound when there is no such organisation, or it did not
   *     exist yet on that day
   */
  ChartNode of(String id, LocalDate day) {
    Organization top = onADay.organization(id, day);
    Map<String, List<Organization>> children = new HashMap<>();
    List<String> units = new ArrayList<>(List.of(id));
    Set<String> seen = new HashSet<>(units);
    List<String> level = List.of(id);
    for (int depth = 0; depth < DEEPEST && !level.isEmpty(); depth++) {
      Map<String, List<Organization>> below = onADay.children(level, day);
      List<String> next = new ArrayList<>();
      below.forEach(
          (parent, unitsBelow) -> {
            List<Organization> fresh =
                unitsBelow.stream().filter(unit -> seen.add(unit.id())).toList();
            children.put(parent, fresh);
            fresh.forEach(unit -> next.add(unit.id()));
          });
      units.addAll(next);
      level = next;
    }
    Map<String, List<Position>> positions = onADay.positions(units, day);
    Map<String, String> names = holderNames(positions, day);
    return node(top, children, positions, names, day);
  }

  private static ChartNode node(
      Organization unit,
      Map<String, List<Organization>> children,
      Map<String, List<Position>> positions,
      Map<String, String> names,
      LocalDate day) {
    return new ChartNode(
        unit.id(),
        unit.name(),
        positions.getOrDefault(unit.id(), List.of()).stream()
            .map(
                position ->
                    new ChartPosition(
                        position.id(),
                        position.title(),
                        position.holdersOn(day).stream()
                            .filter(names::containsKey)
                            .map(person -> new Holder(person, names.get(person)))
                            .toList()))
            .toList(),
        children.getOrDefault(unit.id(), List.of()).stream()
            .map(child -> node(child, children, positions, names, day))
            .toList());
  }

  private Map<String, String> holderNames(Map<String, List<Position>> positions, LocalDate day) {
    Set<String> holders = new HashSet<>();
    positions.values().stream()
        .flatMap(List::stream)
        .flatMap(p -> p.holders().stream())
        .filter(h -> h.heldOn(day))
        .map(Holding::personId)
        .forEach(holders::add);
    Map<String, String> names = new HashMap<>();
    for (Person person : people.findAll(holders)) {
      names.put(person.id(), person.fullName());
    }
    return names;
  }
}
