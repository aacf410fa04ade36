package dev.directory.core.organization;

import dev.directory.core.contact.Phone;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A node of the directory's hierarchy: a ministry, one of its departments, a municipal service, a
 * mission office or a partner. {@code id} is a stable readable slug.
 */
public record Organization(
    String id,
    OrganizationKind kind,
    String name,
    @Nullable String localName,
    List<String> aliases,
    @Nullable String parentId,
    @Nullable String country,
    @Nullable String region,
    @Nullable String city,
    @Nullable String website,
    @Nullable Phone phone,
    @Nullable String email,
    List<String> topicIds,
    @Nullable String notes) {

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    topicIds = List.copyOf(topicIds);
  }

  /** The same organisation under another parent. */
  public Organization withParent(@Nullable String parent) {
    return new Organization(
        id, kind, name, localName, aliases, parent, country, region, city, website, phone, email,
        topicIds, notes);
  }

  /**
   * The chain of parents, the top-level one first, each looked up by {@code lookup} (null for an
   * unknown id): from the database, or from records already in memory when a whole directory is
   * being indexed. A loop of parents ends the chain where it would come back.
   */
  public List<Organization> ancestors(Function<String, Organization> lookup) {
    List<Organization> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(id));
    String next = parentId;
    while (next != null && seen.add(next)) {
      Organization parent = lookup.apply(next);
      if (parent == null) {
        break;
      }
      chain.add(parent);
      next = parent.parentId();
    }
    Collections.reverse(chain);
    return chain;
  }
}
