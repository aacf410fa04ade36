package dev.directory.core.watch;

import dev.directory.core.audit.FieldChange;
import dev.directory.core.audit.RecordChange;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a changed record is called: its name now, or as its history last had it once it is gone. */
@Singleton
public class RecordNames {

  private final Organizations organizations;
  private final People people;
  private final Positions positions;

  RecordNames(Organizations organizations, People people, Positions positions) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
  }

  public String name(RecordKind kind, String id, List<RecordChange> history) {
    Optional<String> now =
        switch (kind) {
          case PERSON -> people.find(id).map(Person::fullName);
          case ORGANIZATION -> organizations.find(id).map(Organization::name);
          case POSITION -> positions.find(id).map(Position::title);
          default -> Optional.empty();
        };
    if (now.isPresent()) {
      return now.get();
    }
    Map<String, String> last = new HashMap<>();
    for (RecordChange entry : history) {
      for (FieldChange field : entry.fields()) {
        String value = field.after() != null ? field.after() : field.before();
        if (value != null) {
          last.put(field.field(), value);
        }
      }
    }
    String person =
        List.of("given_name", "family_name").stream()
            .map(last::get)
            .filter(value -> value != null && !value.isBlank())
            .collect(Collectors.joining(" "));
    if (!person.isEmpty()) {
      return person;
    }
    return Optional.ofNullable(last.get("name"))
        .or(() -> Optional.ofNullable(last.get("title")))
        .orElse(id);
  }
}
