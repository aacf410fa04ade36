package dev.directory.search.sync;

import dev.directory.core.change.Change;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topic;
import dev.directory.search.document.DocumentFactory;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * The index documents of records as the database holds them now: each with its organisation's
 * ancestors, its version, whether it is stale, and for a position who holds it today.
 */
final class RecordDocuments {

  private final Organizations organizations;
  private final People people;
  private final Positions positions;
  private final Staleness staleness;
  // The day the documents of positions were last made: who holds a position changes with it.
  private volatile LocalDate positionsDay;

  RecordDocuments(
      Organizations organizations, People people, Positions positions, Staleness staleness) {
    this.organizations = organizations;
    this.people = people;
    this.positions = positions;
    this.staleness = staleness;
  }

  /** The day the documents of positions were last made, or null before the first. */
  @Nullable
  LocalDate positionsDay() {
    return positionsDay;
  }

  /** What a batch of changes makes the index add or replace, and delete. */
  record Changed(List<Document> upserts, Set<String> deletions) {}

  /**
   * The documents of what the changes touched: a changed organisation's whole subtree with its
   * people, and the positions of those organisations and people; the ids of those no longer there.
   */
  Changed changed(Map<String, Topic> vocabulary, List<Change> changes, LocalDate today) {
    TouchedRecords.Touched touched =
        new TouchedRecords(organizations, people, positions).by(changes);
    Set<String> deletions = new HashSet<>(touched.organizationIds());
    deletions.addAll(touched.personIds());
    deletions.addAll(touched.positionIds());
    Found found =
        of(
            vocabulary,
            touched.organizationIds(),
            touched.personIds(),
            positions.findAll(touched.positionIds()),
            today);
    deletions.removeAll(found.ids());
    return new Changed(found.documents(), deletions);
  }

  /**
   * The documents of what the date changes: who holds each position, and the records that turned
   * stale since {@code since}.
   */
  List<Document> dayTurned(Map<String, Topic> vocabulary, LocalDate since, LocalDate today) {
    Map<RecordKind, Set<String>> turned = staleness.turnedStale(since, today);
    return of(
            vocabulary,
            turned.getOrDefault(RecordKind.ORGANIZATION, Set.of()),
            turned.getOrDefault(RecordKind.PERSON, Set.of()),
            positions.findAll(),
            today)
        .documents();
  }

  /** The documents of records found, and their ids. */
  private record Found(List<Document> documents, Set<String> ids) {}

  /** The documents of those of these records that exist. */
  private Found of(
      Map<String, Topic> vocabulary,
      Collection<String> organizationIds,
      Collection<String> personIds,
      List<Position> found,
      LocalDate today) {
    DocumentFactory factory =
        factoryFor(
            vocabulary,
            Map.of(
                RecordKind.ORGANIZATION,
                organizationIds,
                RecordKind.PERSON,
                personIds,
                RecordKind.POSITION,
                found.stream().map(Position::id).toList()));
    Function<String, Organization> lookup = organizationLookup();
    List<Document> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Organization organization : organizations.findAll(organizationIds)) {
      documents.add(
          factory.organization(
              organization,
              organization.ancestors(lookup),
              names(organization.successorIds(), lookup)));
      ids.add(organization.id());
    }
    for (Person person : people.findAll(personIds)) {
      Organization organization = lookup.apply(person.organizationId());
      documents.add(factory.person(person, organization, organization.ancestors(lookup)));
      ids.add(person.id());
    }
    found.forEach(p -> ids.add(p.id()));
    documents.addAll(positionDocuments(factory, found, lookup, today));
    return new Found(documents, ids);
  }

  /** Organisations by id, each read once. */
  private Function<String, Organization> organizationLookup() {
    Map<String, Organization> cache = new HashMap<>();
    return id -> cache.computeIfAbsent(id, key -> organizations.find(key).orElse(null));
  }

  /**
   * A factory that marks stale those of these records that are, and keeps each one's version (ids
   * are unique across kinds).
   */
  DocumentFactory factoryFor(
      Map<String, Topic> vocabulary, Map<RecordKind, ? extends Collection<String>> ids) {
    Set<String> stale = new HashSet<>();
    Map<String, Long> versions = new HashMap<>();
    ids.forEach(
        (kind, some) -> {
          stale.addAll(staleness.staleAmong(kind, some));
          versions.putAll(versions(kind, some));
        });
    return new DocumentFactory(vocabulary, stale::contains, id -> versions.getOrDefault(id, 0L));
  }

  private Map<String, Long> versions(RecordKind kind, Collection<String> ids) {
    return switch (kind) {
      case PERSON -> people.versions(ids);
      case ORGANIZATION -> organizations.versions(ids);
      case POSITION -> positions.versions(ids);
      case TOPIC, ENGAGEMENT -> Map.of();
    };
  }

  /** The documents of positions, with who holds each {@code today}. */
  List<Document> positionDocuments(
      DocumentFactory factory,
      List<Position> found,
      Function<String, Organization> lookup,
      LocalDate today) {
    Map<String, String> names = new HashMap<>();
    people
        .findAll(found.stream().flatMap(p -> p.holdersOn(today).stream()).distinct().toList())
        .forEach(person -> names.put(person.id(), person.fullName()));
    List<Document> documents = new ArrayList<>();
    for (Position position : found) {
      Organization organization = lookup.apply(position.organizationId());
      if (organization != null) {
        documents.add(
            factory.position(
                position,
                organization,
                organization.ancestors(lookup),
                position.holdersOn(today).stream()
                    .map(names::get)
                    .filter(Objects::nonNull)
                    .toList()));
      }
    }
    positionsDay = today;
    return documents;
  }

  /** The names of these organisations, those not found left out. */
  static List<String> names(List<String> organizationIds, Function<String, Organization> lookup) {
    return organizationIds.stream()
        .map(lookup)
        .filter(Objects::nonNull)
        .map(Organization::name)
        .toList();
  }
}
