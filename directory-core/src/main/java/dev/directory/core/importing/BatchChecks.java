package dev.directory.core.importing;

import dev.directory.core.country.Countries;
import dev.directory.core.editing.StoredRecords;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Known;
import dev.directory.core.organization.OrganizationCheck;
import dev.directory.core.organization.OrganizationDraft;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.PersonCheck;
import dev.directory.core.position.PositionCheck;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.record.Reading;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a batch as a whole: organisations and people by their one check, against the stored
 * records as the batch would change them (a parent or organisation may come later in the files);
 * offices and engagements by what they refer to.
 */
@Singleton
record BatchChecks(
    StoredRecords stored,
    MissionOffices offices,
    People people,
    Organizations organizations,
    Positions positions) {

  void check(Batch batch) {
    Known known = new BatchKnown(batch, stored);
    for (Batch.Lined<OrganizationDraft> lined : batch.organizationDrafts) {
      var checked = OrganizationCheck.check(lined.value(), known);
      checked.problems().forEach(lined.row()::problem);
      if (checked.value() != null) {
        batch.organizations.put(
            lined.id(), new Batch.Lined<>(lined.id(), checked.value(), lined.row()));
      }
    }
    for (var lined : batch.personDrafts) {
      var checked = PersonCheck.check(lined.value(), known);
      checked.problems().forEach(lined.row()::problem);
      if (checked.value() != null) {
        batch.people.put(lined.id(), new Batch.Lined<>(lined.id(), checked.value(), lined.row()));
      }
    }
    for (var lined : batch.positionDrafts) {
      var checked = PositionCheck.check(lined.value(), known);
      checked.problems().forEach(lined.row()::problem);
      if (checked.value() != null) {
        batch.positions.put(
            lined.id(), new Batch.Lined<>(lined.id(), checked.value(), lined.row()));
      }
    }
    checkIdsAcrossKinds(batch);
    for (Batch.Lined<MissionOffice> lined : batch.offices.values()) {
      checkOffice(batch, known, lined);
    }
    for (Batch.Lined<Engagement> lined : batch.engagements.values()) {
      checkEngagement(batch, known, lined);
    }
  }

  /**
   * A position may not have a person's or organisation's id, nor they a position's: search tells
   * records by their id alone. (People and organisations are kept apart by their own stores.)
   */
  private void checkIdsAcrossKinds(Batch batch) {
    for (var lined : batch.positions.values()) {
      String id = lined.id();
      if (batch.people.containsKey(id)
          || batch.organizations.containsKey(id)
          || people.exists(id)
          || organizations.exists(id)) {
        lined.row().problem("id", ProblemCode.ID_TAKEN, id);
      }
    }
    List<String> others = new ArrayList<>(batch.people.keySet());
    others.addAll(batch.organizations.keySet());
    Set<String> takenByPositions = positions.idsAmong(others);
    for (var lined : batch.people.values()) {
      if (takenByPositions.contains(lined.id())) {
        lined.row().problem("id", ProblemCode.ID_TAKEN, lined.id());
      }
    }
    for (var lined : batch.organizations.values()) {
      if (takenByPositions.contains(lined.id())) {
        lined.row().problem("id", ProblemCode.ID_TAKEN, lined.id());
      }
    }
  }

  private void checkOffice(Batch batch, Known known, Batch.Lined<MissionOffice> lined) {
    MissionOffice office = lined.value();
    Known.Facts organization = known.organization(office.organizationId());
    OrganizationKind kind = organization == null ? null : organization.kind();
    if (kind == null) {
      lined
          .row()
          .problem(
              "organization_id",
              ProblemCode.REFERENCE_MISSING,
              ProblemWord.ORGANIZATION,
              office.organizationId());
    } else if (kind != OrganizationKind.MISSION_OFFICE) {
      lined
          .row()
          .problem(
              "organization_id",
              ProblemCode.REFERENCE_KIND,
              office.organizationId(),
              kind.code(),
              OrganizationKind.MISSION_OFFICE.code());
    }
    String fallback = office.fallbackOfficeId();
    if (fallback != null
        && !batch.offices.containsKey(fallback)
        && offices.find(fallback).isEmpty()) {
      lined
          .row()
          .problem(
              "fallback_office_id",
              ProblemCode.REFERENCE_MISSING,
              ProblemWord.MISSION_OFFICE,
              fallback);
    }
  }

  private void checkEngagement(Batch batch, Known known, Batch.Lined<Engagement> lined) {
    Engagement e = lined.value();
    for (String organizationId : e.organizationIds()) {
      if (known.organization(organizationId) == null) {
        lined
            .row()
            .problem(
                "organizations",
                ProblemCode.REFERENCE_MISSING,
                ProblemWord.ORGANIZATION,
                organizationId);
      }
    }
    for (String personId : e.personIds()) {
      if (!batch.people.containsKey(personId) && !people.exists(personId)) {
        lined.row().problem("people", ProblemCode.REFERENCE_MISSING, ProblemWord.PERSON, personId);
      }
    }
    for (String topicId : e.topicIds()) {
      if (!known.topicExists(topicId)) {
        lined.row().problem("topics", ProblemCode.REFERENCE_MISSING, ProblemWord.TOPIC, topicId);
      }
    }
  }

  /** The stored records as the batch changes them: a record in the files wins over the stored. */
  private static final class BatchKnown implements Known {

    private final Batch batch;
    private final StoredRecords stored;
    private final Map<String, OrganizationDraft> drafts = new HashMap<>();
    // Thousands of people of a file share a few organisations and topics: each is read once.
    private final Map<String, Optional<Facts>> storedFacts = new HashMap<>();
    private final Map<String, Boolean> storedTopics = new HashMap<>();

    BatchKnown(Batch batch, StoredRecords stored) {
      this.batch = batch;
      this.stored = stored;
      for (var lined : batch.organizationDrafts) {
        if (lined.id() != null) {
          drafts.put(lined.id(), lined.value());
        }
      }
      // The people's organisations, read together rather than one round trip each.
      Set<String> organizationIds = new HashSet<>();
      for (var lined : batch.personDrafts) {
        String id = Reading.text(lined.value().organizationId());
        if (id != null && !drafts.containsKey(id)) {
          organizationIds.add(id);
        }
      }
      Map<String, Facts> found = stored.organizations(organizationIds);
      organizationIds.forEach(id -> storedFacts.put(id, Optional.ofNullable(found.get(id))));
    }

    @Override
    @Nullable
    public Facts organization(String organizationId) {
      OrganizationDraft draft = drafts.get(organizationId);
      if (draft == null) {
        return storedFacts
            .computeIfAbsent(organizationId, id -> Optional.ofNullable(stored.organization(id)))
            .orElse(null);
      }
      OrganizationKind kind = readOrNull(draft.kind(), OrganizationKind::parse);
      return kind == null
          ? null
          : new Facts(
              kind, readOrNull(draft.country(), Countries::parse), Reading.text(draft.parentId()));
    }

    @Override
    public boolean topicExists(String topicId) {
      return batch.topics.containsKey(topicId)
          || storedTopics.computeIfAbsent(topicId, stored::topicExists);
    }

    @Override
    public boolean personExists(String personId) {
      return batch.people.containsKey(personId) || stored.personExists(personId);
    }

    /** A value of another row: its own problems are reported on its own line. */
    @Nullable
    private static <T> T readOrNull(@Nullable String raw, Function<String, T> read) {
      String text = Reading.text(raw);
      try {
        return text == null ? null : read.apply(text);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
