package dev.directory.web.record;

import dev.directory.core.organization.Organizations;
import dev.directory.core.reorganization.ChangeHistory;
import dev.directory.core.reorganization.OrganizationChange;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An organisation's changes as {@link ChangeView}s, the organisations they name by name. */
@Singleton
public final class ChangeViews {

  private final ChangeHistory history;
  private final Organizations organizations;

  ChangeViews(ChangeHistory history, Organizations organizations) {
    this.history = history;
    this.organizations = organizations;
  }

  /** Every change of the organisation, the first first; only the last can be undone. */
  public List<ChangeView> of(String organizationId) {
    List<OrganizationChange> changes = history.of(organizationId);
    Map<String, String> names = names(changes);
    return changes.stream()
        .map(c -> ChangeView.of(c, names, c == changes.get(changes.size() - 1)))
        .toList();
  }

  /** One change just made (it is the last). */
  public ChangeView of(OrganizationChange change) {
    return ChangeView.of(change, names(List.of(change)), true);
  }

  private Map<String, String> names(List<OrganizationChange> changes) {
    Map<String, String> names = new HashMap<>();
    organizations
        .findAll(changes.stream().flatMap(c -> ChangeView.named(c).stream()).distinct().toList())
        .forEach(o -> names.put(o.id(), o.name()));
    return names;
  }
}
