package dev.directory.search.routing;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.inquiry.OfficeContacts;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Routes against the directory as it is now: the snapshot routing reads is rebuilt when the change
 * log has moved since it was made, so an office's new press contact is used at once.
 */
public final class LiveRouter implements OfficeContacts {

  private record Snapshot(long seq, LocalDate day, Router router, RoutingDirectory directory) {}

  private final ChangeLog changeLog;
  private final Organizations organizations;
  private final MissionOffices offices;
  private final People people;
  private final Topics topics;
  private final Positions positions;
  private volatile Snapshot snapshot;

  public LiveRouter(
      ChangeLog changeLog,
      Organizations organizations,
      MissionOffices offices,
      People people,
      Topics topics,
      Positions positions) {
    this.changeLog = changeLog;
    this.organizations = organizations;
    this.offices = offices;
    this.people = people;
    this.topics = topics;
    this.positions = positions;
    WorldPlaces.shared(); // read at start, not at the first inquiry
  }

  public Routing route(Router.Inquiry inquiry) {
    return current().router().route(inquiry);
  }

  /** The offices and contacts routing knows now. */
  public RoutingDirectory directory() {
    return current().directory();
  }

  @Override
  public Optional<String> pressContact(String officeId) {
    return directory().contacts(officeId).stream().findFirst().map(RoutingDirectory.Contact::id);
  }

  private Snapshot current() {
    long seq = changeLog.lastSeq();
    // A holding ends at the end of its day: who holds a position changes without an edit.
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Snapshot known = snapshot;
    if (known != null && known.seq() == seq && known.day().equals(today)) {
      return known;
    }
    synchronized (this) {
      if (snapshot == null || snapshot.seq() != seq || !snapshot.day().equals(today)) {
        RoutingDirectory directory =
            RoutingDirectory.build(
                organizations.findAll(),
                offices.findAll(),
                people::inOrganization,
                topics.all().values(),
                new RoutingDirectory.PressPositions(
                    positions.pressContacts(), people::find, today));
        snapshot = new Snapshot(seq, today, new Router(directory), directory);
      }
      return snapshot;
    }
  }
}
