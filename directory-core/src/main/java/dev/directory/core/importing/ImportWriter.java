package dev.directory.core.importing;

import dev.directory.core.change.RecordKind;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.freshness.Verifications;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.record.Saved;
import dev.directory.core.topic.Topics;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes a checked batch through the stores, the record a record points to (parent, fallback
 * office) first, and counts what each file created, updated or left as it was.
 */
@Singleton
record ImportWriter(
    Topics topics,
    Organizations organizations,
    MissionOffices offices,
    People people,
    Positions positions,
    Verifications verifications,
    Engagements engagements) {

  /** Writes a checked batch; call it inside one writing transaction ({@code Writes}). */
  ImportResult write(Batch batch) {
    Map<String, ImportResult.Counts> counts = new LinkedHashMap<>();
    count(counts, FolderReader.TOPICS, batch.topics.values(), topics::exists, topics::save);
    Saved writtenOrganizations =
        organizations.saveAll(
            values(
                parentsFirst(
                    batch.organizations.values(), Organization::id, Organization::parentId)),
            Organizations.IMPORT);
    countSaved(
        counts, FolderReader.ORGANIZATIONS, writtenOrganizations, batch.organizations.size());
    count(
        counts,
        FolderReader.OFFICES,
        parentsFirst(
            batch.offices.values(), MissionOffice::organizationId, MissionOffice::fallbackOfficeId),
        id -> offices.find(id).isPresent(),
        offices::save);
    Saved writtenPeople = people.saveAll(values(batch.people.values()), Organizations.IMPORT);
    countSaved(counts, FolderReader.PEOPLE, writtenPeople, batch.people.size());
    Saved writtenPositions =
        positions.saveAll(values(batch.positions.values()), Organizations.IMPORT);
    countSaved(counts, FolderReader.POSITIONS, writtenPositions, batch.positions.size());
    count(
        counts,
        FolderReader.ENGAGEMENTS,
        batch.engagements.values(),
        id -> engagements.find(id).isPresent(),
        engagements::save);
    // What an import writes comes from its source: checked against it today.
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    verifications.fromSource(
        RecordKind.ORGANIZATION, written(writtenOrganizations), today, Organizations.IMPORT);
    verifications.fromSource(
        RecordKind.PERSON, written(writtenPeople), today, Organizations.IMPORT);
    verifications.fromSource(
        RecordKind.POSITION, written(writtenPositions), today, Organizations.IMPORT);
    return new ImportResult(counts, written(writtenPeople), written(writtenOrganizations));
  }

  private static <T> void count(
      Map<String, ImportResult.Counts> counts,
      String file,
      Iterable<Batch.Lined<T>> records,
      Predicate<String> exists,
      Predicate<T> save) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Batch.Lined<T> record : records) {
      boolean existed = exists.test(record.id());
      if (!save.test(record.value())) {
        unchanged++;
      } else if (existed) {
        updated++;
      } else {
        created++;
      }
    }
    if (created + updated + unchanged > 0) {
      counts.put(file, new ImportResult.Counts(created, updated, unchanged));
    }
  }

  /** Organisations and people are written many at a time: see {@link People#saveAll}. */
  private static void countSaved(
      Map<String, ImportResult.Counts> counts, String file, Saved saved, int records) {
    if (records > 0) {
      int created = saved.created().size();
      int updated = saved.updated().size();
      counts.put(file, new ImportResult.Counts(created, updated, records - created - updated));
    }
  }

  private static Set<String> written(Saved saved) {
    Set<String> ids = new LinkedHashSet<>(saved.created());
    ids.addAll(saved.updated());
    return ids;
  }

  private static <T> List<T> values(Iterable<Batch.Lined<T>> records) {
    List<T> values = new ArrayList<>();
    records.forEach(record -> values.add(record.value()));
    return values;
  }

  /** Orders records so that the one a record points to (parent, fallback) comes before it. */
  private static <T> List<Batch.Lined<T>> parentsFirst(
      Iterable<Batch.Lined<T>> records, Function<T, String> id, Function<T, String> parent) {
    Map<String, Batch.Lined<T>> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.put(id.apply(r.value()), r));
    List<Batch.Lined<T>> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (Batch.Lined<T> record : byId.values()) {
      // Walk up to the first placed ancestor, then place the chain top-down.
      List<Batch.Lined<T>> chain = new ArrayList<>();
      Batch.Lined<T> current = record;
      while (current != null && placed.add(id.apply(current.value()))) {
        chain.add(current);
        String parentId = parent.apply(current.value());
        current = parentId == null ? null : byId.get(parentId);
      }
      for (int i = chain.size() - 1; i >= 0; i--) {
        ordered.add(chain.get(i));
      }
    }
    return ordered;
  }
}
