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
    @Nullable String notes,
    OrganizationStatus status,
    List<String> formerNames,
    List<String> successorIds) {

  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    aliases = List.copyOf(aliases);
    topicIds = List.copyOf(topicIds);
    formerNames = List.copyOf(formerNames);
    successorIds = List.copyOf(successorIds);
  }

  /** An active organisation that has had no other name. */
  public static Organization active(
      String id,
      OrganizationKind kind,
      String name,
      @Nullable String localName,
      List<String> aliases,
      @Nullable String parentId,
      Place place,
      @Nullable String website,
      @Nullable Phone phone,
      @Nullable String email,
      List<String> topicIds,
      @Nullable String notes) {
    return new Organization(
        id,
        kind,
        name,
        localName,
        aliases,
        parentId,
        place.country(),
        place.region(),
        place.city(),
        website,
        phone,
        email,
        topicIds,
        notes,
        OrganizationStatus.ACTIVE,
        List.of(),
        List.of());
  }

  /** The same organisation under another parent. */
  public Organization withParent(@Nullable String parent) {
    return changed(name, localName, parent, status, formerNames, successorIds);
  }

  /**
   * The same organisation under a new name; the name it had joins its former names (the most recent
   * first), unless it had it before.
   */
  public Organization renamed(String newName, @Nullable String newLocalName) {
    List<String> former = new ArrayList<>();
    if (!name.equals(newName)) {
      former.add(name);
    }
    if (localName != null && !localName.equals(newLocalName) && !localName.equals(name)) {
      former.add(localName);
    }
    for (String earlier : formerNames) {
      if (!former.contains(earlier) && !earlier.equals(newName) && !earlier.equals(newLocalName)) {
        former.add(earlier);
      }
    }
    return changed(newName, newLocalName, parentId, status, former, successorIds);
  }

  /** The same organisation with another status and the organisations that took over from it. */
  public Organization withStatus(OrganizationStatus newStatus, List<String> successors) {
    return changed(name, localName, parentId, newStatus, formerNames, successors);
  }

  /** The same organisation with these former names, as an undo of a renaming restores them. */
  public Organization withFormerNames(List<String> names) {
    return changed(name, localName, parentId, status, names, successorIds);
  }

  /**
   * A new organisation that takes over part of this one when it splits: of its kind, under its
   * parent, in its place, with its topics.
   */
  public Organization successorNamed(String successorId, String successorName) {
    return active(
        successorId,
        kind,
        successorName,
        null,
        List.of(),
        parentId,
        new Place(country, region, city),
        null,
        null,
        null,
        topicIds,
        null);
  }

  /** The same organisation with what its dated changes change: names, parent, status. */
  private Organization changed(
      String newName,
      @Nullable String newLocalName,
      @Nullable String parent,
      OrganizationStatus newStatus,
      List<String> former,
      List<String> successors) {
    return new Organization(
        id,
        kind,
        newName,
        newLocalName,
        aliases,
        parent,
        country,
        region,
        city,
        website,
        phone,
        email,
        topicIds,
        notes,
        newStatus,
        former,
        successors);
  }

  public boolean isClosed() {
    return status == OrganizationStatus.CLOSED;
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
