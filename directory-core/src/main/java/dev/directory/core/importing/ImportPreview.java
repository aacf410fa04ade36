package dev.directory.core.importing;

import dev.directory.core.organization.Organization;
import dev.directory.core.person.Person;
import java.util.List;

/**
 * What an upload would do, worked out without writing anything: each record it would create or
 * change (records it holds as they are stored are left out), and every problem that stops it.
 *
 * @param people the people it holds, as they would be stored: for the check for duplicates
 * @param organizations the organisations it holds, likewise
 */
public record ImportPreview(
    List<Change> creates,
    List<Change> updates,
    List<Person> people,
    List<Organization> organizations,
    List<ImportProblem> problems) {

  /** A record an upload would write: its file ("people.csv"), id and name. */
  public record Change(String file, String id, String name) {}

  public ImportPreview {
    creates = List.copyOf(creates);
    updates = List.copyOf(updates);
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    problems = List.copyOf(problems);
  }
}
