package dev.directory.core.importing;

import dev.directory.core.engagement.Engagement;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationDraft;
import dev.directory.core.person.Person;
import dev.directory.core.person.PersonDraft;
import dev.directory.core.position.Position;
import dev.directory.core.position.PositionDraft;
import dev.directory.core.topic.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one folder, in file order: topics, offices and engagements as records,
 * organisations and people as drafts until {@link BatchChecks} has checked them.
 */
final class Batch {

  /** A record read from a file, with the row it came from for later messages. */
  record Lined<T>(String id, T value, CsvRow row) {}

  final Map<String, Lined<Topic>> topics = new LinkedHashMap<>();
  final List<Lined<OrganizationDraft>> organizationDrafts = new ArrayList<>();
  final Map<String, Lined<MissionOffice>> offices = new LinkedHashMap<>();
  final List<Lined<PersonDraft>> personDrafts = new ArrayList<>();
  final List<Lined<PositionDraft>> positionDrafts = new ArrayList<>();
  final Map<String, Lined<Engagement>> engagements = new LinkedHashMap<>();

  /** Filled by the checks: the drafts that read, by id. */
  final Map<String, Lined<Organization>> organizations = new LinkedHashMap<>();

  final Map<String, Lined<Person>> people = new LinkedHashMap<>();

  final Map<String, Lined<Position>> positions = new LinkedHashMap<>();

  int files;

  boolean isEmpty() {
    return files == 0;
  }
}
