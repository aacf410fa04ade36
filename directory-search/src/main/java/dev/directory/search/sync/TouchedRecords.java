package dev.directory.search.sync;

import dev.directory.core.change.Change;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch of changes touches, beyond the records changed: a changed organisation's whole
 * subtree with its people (their documents and cards name the organisations above them), and the
 * positions of those organisations and people (theirs name their holders). The index and the
 * address books both follow it.
 */
public final class TouchedRecords {

  /** The ids touched, by kind; some may be gone (deleted, merged away). */
  public record Touched(
      Set<String> organizationIds, Set<String> personIds, Set<String> positionIds) {}

  private final Organizations organizations;
  private final People people;
  private final Positions positions;

  public TouchedRecords(Organizations organizations, People people, Positions positions) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
  }

  public Touched by(List<Change> changes) {
    Set<String> organizationIds = new HashSet<>();
    Set<String> personIds = new HashSet<>();
    Set<String> positionIds = new HashSet<>();
    for (Change change : changes) {
      switch (change.kind()) {
        case ORGANIZATION -> organizationIds.addAll(organizations.subtreeIds(change.id()));
        case PERSON -> personIds.add(change.id());
        case POSITION -> positionIds.add(change.id());
        case TOPIC, ENGAGEMENT -> {}
      }
    }
    personIds.addAll(people.idsInOrganizations(organizationIds));
    positionIds.addAll(positions.idsOf(organizationIds, personIds));
    return new Touched(organizationIds, personIds, positionIds);
  }
}
