package dev.directory.core.importing;

import dev.directory.core.organization.Organization;
import dev.directory.core.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The directory's organisations by name, local name and alias (folded), for the ORG of a card: a
 * name that is exactly one organisation's is that organisation; any other is left for the editor to
 * map, never guessed.
 */
final class OrganizationNames {

  private final Map<String, List<String>> idsByName = new HashMap<>();

  OrganizationNames(Iterable<Organization> organizations) {
    for (Organization organization : organizations) {
      Stream.concat(
              Stream.of(organization.name(), organization.localName()),
              organization.aliases().stream())
          .filter(name -> name != null && !name.isBlank())
          .map(Folding::fold)
          .distinct()
          .forEach(
              name ->
                  idsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(organization.id()));
    }
  }

  /** The ids of the organisations called {@code name} (none, one, or several). */
  List<String> ids(String name) {
    return idsByName.getOrDefault(Folding.fold(name), List.of());
  }
}
