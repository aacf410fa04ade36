package dev.directory.web.ldap;

import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.search.SearchIndex;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisations of people's entries, with every organisation above them: read from the database
 * a level at a time, and kept between look-ups while the directory's searches see no new change (an
 * autocomplete types one letter after another over the same few hundred organisations). What is
 * kept belongs to one position of the change log: a later change starts afresh.
 */
@Singleton
final class LdapOrganizations {

  /** The most organisations kept at once; past it, they are read for each look-up. */
  static final int MOST_KEPT = 20_000;

  private final Organizations organizations;
  private final SearchIndex index;
  private volatile Kept kept = new Kept(-1, new ConcurrentHashMap<>());

  LdapOrganizations(Organizations organizations, SearchIndex index) {
    this.organizations = organizations;
    this.index = index;
  }

  /** The organisations read at one position of the change log. */
  private record Kept(long seq, Map<String, Organization> byId) {}

  /** These organisations and every one above them, by id. */
  Map<String, Organization> withAncestors(Collection<String> ids) {
    long seq = index.visibleSeq();
    Kept now = kept;
    if (now.seq() != seq) {
      now = new Kept(seq, new ConcurrentHashMap<>());
      kept = now;
    }
    Map<String, Organization> known = new HashMap<>();
    Set<String> wanted = new HashSet<>(ids);
    while (!wanted.isEmpty()) {
      Set<String> missing = new HashSet<>();
      for (String id : wanted) {
        Organization organization = now.byId().get(id);
        if (organization == null) {
          missing.add(id);
        } else {
          known.put(id, organization);
        }
      }
      for (Organization organization : organizations.findAll(missing)) {
        known.put(organization.id(), organization);
        if (now.byId().size() < MOST_KEPT) {
          now.byId().put(organization.id(), organization);
        }
      }
      Set<String> parents = new HashSet<>();
      for (String id : wanted) {
        Organization organization = known.get(id);
        if (organization != null
            && organization.parentId() != null
            && !known.containsKey(organization.parentId())) {
          parents.add(organization.parentId());
        }
      }
      wanted = parents;
    }
    return known;
  }
}
