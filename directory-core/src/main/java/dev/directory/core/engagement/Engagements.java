package dev.directory.core.engagement;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.engagement.EngagementRows.EngagementRow;
import dev.directory.core.engagement.EngagementRows.OrganizationLink;
import dev.directory.core.engagement.EngagementRows.PersonLink;
import dev.directory.core.engagement.EngagementRows.TopicLink;
import dev.directory.core.storage.TextList;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Reads and writes engagements with the organisations, people and topics they involve. */
@Singleton
public class Engagements {

  private final EngagementRepositories.Rows rows;
  private final EngagementRepositories.OrganizationLinks organizations;
  private final EngagementRepositories.PersonLinks people;
  private final EngagementRepositories.TopicLinks topics;
  private final ChangeLog changeLog;

  Engagements(
      EngagementRepositories.Rows rows,
      EngagementRepositories.OrganizationLinks organizations,
      EngagementRepositories.PersonLinks people,
      EngagementRepositories.TopicLinks topics,
      ChangeLog changeLog) {
    this.rows = rows;
    this.organizations = organizations;
    this.people = people;
    this.topics = topics;
    this.changeLog = changeLog;
  }

  public Optional<Engagement> find(String id) {
    return rows.findById(id).map(this::assemble);
  }

  /** The engagements an organisation took part in. */
  public long countInvolving(String organizationId) {
    return organizations.countByOrganizationId(organizationId);
  }

  public long countNaming(String personId) {
    return people.countByPersonId(personId);
  }

  public List<Engagement> naming(String personId) {
    return people.findByPersonId(personId).stream()
        .map(link -> find(link.engagementId()))
        .flatMap(Optional::stream)
        .toList();
  }

  public List<Engagement> involving(String organizationId) {
    return organizations.findByOrganizationId(organizationId).stream()
        .map(link -> find(link.engagementId()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Inserts or updates an engagement, logging the change. Call inside a transaction.
   *
   * @return whether anything was written
   */
  public boolean save(Engagement engagement) {
    Optional<Engagement> existing = find(engagement.id());
    if (existing.isPresent() && existing.get().equals(engagement)) {
      return false;
    }
    EngagementRow row =
        new EngagementRow(
            engagement.id(),
            engagement.kind(),
            engagement.title(),
            engagement.period(),
            engagement.startDate(),
            engagement.endDate(),
            engagement.country(),
            TextList.join(engagement.places()),
            TextList.join(engagement.figures()),
            engagement.description());
    String id = engagement.id();
    if (existing.isPresent()) {
      rows.update(row);
      organizations.deleteByEngagementId(id);
      people.deleteByEngagementId(id);
      topics.deleteByEngagementId(id);
    } else {
      rows.save(row);
    }
    engagement
        .organizationIds()
        .forEach(o -> organizations.save(new OrganizationLink(null, id, o)));
    engagement.personIds().forEach(p -> people.save(new PersonLink(null, id, p)));
    engagement.topicIds().forEach(t -> topics.save(new TopicLink(null, id, t)));
    changeLog.append(RecordKind.ENGAGEMENT, id);
    return true;
  }

  private Engagement assemble(EngagementRow row) {
    return new Engagement(
        row.id(),
        row.kind(),
        row.title(),
        row.period(),
        row.startDate(),
        row.endDate(),
        row.country(),
        TextList.split(row.places()),
        organizations.findByEngagementIdOrderById(row.id()).stream()
            .map(OrganizationLink::organizationId)
            .toList(),
        people.findByEngagementIdOrderById(row.id()).stream().map(PersonLink::personId).toList(),
        topics.findByEngagementIdOrderById(row.id()).stream().map(TopicLink::topicId).toList(),
        TextList.split(row.figures()),
        row.description());
  }
}
