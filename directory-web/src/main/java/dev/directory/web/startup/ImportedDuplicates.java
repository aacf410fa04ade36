package dev.directory.web.startup;

import dev.directory.core.change.RecordKind;
import dev.directory.core.duplicate.NotTheSame;
import dev.directory.core.importing.ImportResult;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.search.ReadOnlyIndex;
import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.duplicates.Traits;
import dev.directory.web.duplicate.DuplicateCheck;
import dev.directory.web.duplicate.DuplicatePair;
import dev.directory.web.settings.DirectorySettings;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the command-line import says of duplicates: the records it wrote that look like others, or
 * like one another, weighed against the search index on disk (read beside a running server, or as a
 * stopped one left it).
 */
final class ImportedDuplicates {

  /** Records of a kind checked after one import; the full scan of the server finds the rest. */
  static final int CHECKED = 10_000;

  private ImportedDuplicates() {}

  static void report(ApplicationContext context, ImportResult result, PrintStream out) {
    if (result.writtenPeople().isEmpty() && result.writtenOrganizations().isEmpty()) {
      return;
    }
    Path path = context.getBean(DirectorySettings.class).index();
    try {
      report(context, result, path, out);
    } catch (IOException e) {
      out.println(
          "Possible duplicates were not looked for: the search index in "
              + path
              + " could not be read ("
              + e.getMessage()
              + "). The import itself is done.");
    }
  }

  private static void report(
      ApplicationContext context, ImportResult result, Path path, PrintStream out)
      throws IOException {
    Optional<ReadOnlyIndex> opened = ReadOnlyIndex.open(path);
    if (opened.isEmpty()) {
      out.println(
          "Possible duplicates were not looked for: "
              + path
              + " holds no search index of this version yet. Once the server has indexed the"
              + " import, its page /duplicates lists them.");
      return;
    }
    try (ReadOnlyIndex index = opened.get()) {
      Organizations organizations = context.getBean(Organizations.class);
      DuplicateCheck check =
          new DuplicateCheck(
              new Duplicates(index),
              context.getBean(People.class),
              organizations,
              context.getBean(NotTheSame.class),
              () -> {});
      List<DuplicatePair> pairs = new ArrayList<>();
      pairs.addAll(
          check.written(
              RecordKind.ORGANIZATION,
              organizations.findAll(first(result.writtenOrganizations())).stream()
                  .map(Traits::of)
                  .toList()));
      pairs.addAll(check.written(RecordKind.PERSON, people(context, result, organizations)));
      print(pairs, result, out);
    }
  }

  private static List<Traits> people(
      ApplicationContext context, ImportResult result, Organizations organizations) {
    List<Person> people = context.getBean(People.class).findAll(first(result.writtenPeople()));
    Map<String, Organization> byId = new HashMap<>();
    organizations
        .findAll(people.stream().map(Person::organizationId).distinct().toList())
        .forEach(organization -> byId.put(organization.id(), organization));
    return people.stream()
        .map(person -> Traits.of(person, byId.get(person.organizationId())))
        .toList();
  }

  private static List<String> first(Set<String> ids) {
    return ids.stream().sorted().limit(CHECKED).toList();
  }

  private static void print(List<DuplicatePair> pairs, ImportResult result, PrintStream out) {
    if (result.writtenPeople().size() > CHECKED || result.writtenOrganizations().size() > CHECKED) {
      out.println(
          "Possible duplicates were looked for among the first "
              + CHECKED
              + " people and organisations written; /duplicates lists them all after the"
              + " server's next scan.");
    }
    if (pairs.isEmpty()) {
      out.println("No record written looks like another.");
      return;
    }
    out.println("Possible duplicates (" + pairs.size() + "), best first:");
    for (DuplicatePair pair : pairs) {
      out.printf(
          Locale.ROOT,
          "  %s “%s” and %s “%s”, score %.1f: %s%n",
          pair.a().id(),
          pair.a().name(),
          pair.b().id(),
          pair.b().name(),
          pair.score(),
          String.join("; ", pair.reasons()));
    }
    out.println("Merge them, or mark them not the same, on the server's page /duplicates.");
  }
}
