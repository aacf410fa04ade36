package dev.directory.core.reorganization;

import dev.directory.core.change.RecordKind;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.reorganization.ChangeRequest.Successor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What each kind of change does to an organisation, checked so that it makes sense: the
 * organisation after it, the records it moves and the successors it creates. Nothing is written
 * here; {@link OrganizationChanges} writes a plan in one transaction.
 */
@Singleton
record ChangePlans(
    Organizations organizations, People people, Positions positions, MissionOffices offices) {

  /**
   * @throws Refused naming the field that makes the change make no sense
   */
  Planned of(ChangeKind kind, Organization organization, ChangeRequest request) {
    return switch (kind) {
      case RENAMED -> renamed(organization, request);
      case MOVED -> moved(organization, request);
      case MERGED -> merged(organization, request);
      case SPLIT -> split(organization, request);
      case CLOSED -> closed(organization, request);
      case CREATED -> throw new IllegalStateException("a creation comes with a split");
    };
  }

  /** What a change does: the organisation after it, the records it moves, the ones it creates. */
  record Planned(Organization after, List<Move> moves, List<Organization> created) {}

  private Planned renamed(Organization organization, ChangeRequest request) {
    OrganizationChange.Names names = Requested.names(request, organization);
    if (names.name().equals(organization.name())
        && Objects.equals(names.localName(), organization.localName())) {
      throw Refused.of(ChangeField.NAME.json(), ProblemCode.CHANGE_NOTHING);
    }
    return new Planned(organization.renamed(names.name(), names.localName()), List.of(), List.of());
  }

  private Planned moved(Organization organization, ChangeRequest request) {
    String parent = Requested.id(ChangeField.PARENT, request.parent());
    if (Objects.equals(parent, organization.parentId())) {
      throw Refused.of(ChangeField.PARENT.json(), ProblemCode.CHANGE_NOTHING);
    }
    if (parent != null) {
      Organization above = active(ChangeField.PARENT, parent);
      List<Organization> chain = above.ancestors(id -> organizations.find(id).orElse(null));
      if (parent.equals(organization.id())
          || chain.stream().anyMatch(o -> o.id().equals(organization.id()))) {
        throw Refused.of(
            ChangeField.PARENT.json(),
            ProblemCode.PARENT_CYCLE,
            organization.id(),
            String.join(" › ", chain.stream().map(Organization::id).toList())
                + " › "
                + parent
                + " › "
                + organization.id());
      }
    }
    return new Planned(
        organization.withParent(parent),
        List.of(
            new Move(
                RecordKind.ORGANIZATION, organization.id(), organization.parentId(), parent, 0)),
        List.of());
  }

  private Planned merged(Organization organization, ChangeRequest request) {
    String into = Requested.id(ChangeField.INTO, request.into());
    if (into == null) {
      throw Refused.of(ChangeField.INTO.json(), ProblemCode.REQUIRED);
    }
    if (into.equals(organization.id())) {
      throw Refused.of(ChangeField.INTO.json(), ProblemCode.MERGE_SELF, into);
    }
    Organization target = active(ChangeField.INTO, into);
    if (target.ancestors(id -> organizations.find(id).orElse(null)).stream()
        .anyMatch(o -> o.id().equals(organization.id()))) {
      throw Refused.of(
          ChangeField.INTO.json(),
          ProblemCode.PARENT_CYCLE,
          into,
          organization.id() + " › " + into);
    }
    checkOfficeHandedOver(organization);
    List<Move> moves = new ArrayList<>();
    members(organization.id())
        .forEach(
            (recordId, kind) -> moves.add(new Move(kind, recordId, organization.id(), into, 0)));
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, List.of(into)), moves, List.of());
  }

  private Planned split(Organization organization, ChangeRequest request) {
    if (request.successors().size() < 2) {
      throw Refused.of(ChangeField.SUCCESSORS.json(), ProblemCode.SPLIT_SUCCESSORS);
    }
    checkOfficeHandedOver(organization);
    List<String> successorIds = new ArrayList<>();
    List<Organization> created = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Successor successor : request.successors()) {
      String successorId = Requested.id(ChangeField.SUCCESSORS, successor.id());
      if (successorId == null) {
        problems.add(Problem.of(ChangeField.SUCCESSORS.json(), ProblemCode.REQUIRED));
        continue;
      }
      Optional<Organization> existing = organizations.find(successorId);
      if (existing.isPresent()) {
        if (existing.get().isClosed() || successorId.equals(organization.id())) {
          problems.add(
              Problem.of(
                  ChangeField.SUCCESSORS.json(), ProblemCode.CHANGE_TARGET_CLOSED, successorId));
        }
      } else if (successor.name() == null || successor.name().isBlank()) {
        problems.add(
            Problem.of(
                ChangeField.SUCCESSORS.json(),
                ProblemCode.REFERENCE_MISSING,
                ProblemWord.ORGANIZATION,
                successorId));
      } else {
        created.add(
            organization.successorNamed(
                successorId, Requested.label(ChangeField.SUCCESSORS, successor.name())));
      }
      successorIds.add(successorId);
    }
    List<Move> moves = new ArrayList<>();
    Map<String, String> destinations = request.moves();
    members(organization.id())
        .forEach(
            (recordId, kind) -> {
              String to = destinations.get(recordId);
              if (to == null) {
                problems.add(
                    Problem.of(
                        ChangeField.MOVES.json() + "." + recordId,
                        ProblemCode.SPLIT_UNPLACED,
                        recordId,
                        String.join(", ", successorIds)));
              } else if (!successorIds.contains(to)) {
                problems.add(
                    Problem.of(
                        ChangeField.MOVES.json() + "." + recordId,
                        ProblemCode.SPLIT_NOT_SUCCESSOR,
                        to,
                        String.join(", ", successorIds)));
              } else {
                moves.add(new Move(kind, recordId, organization.id(), to, 0));
              }
            });
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, successorIds), moves, created);
  }

  private Planned closed(Organization organization, ChangeRequest request) {
    checkOfficeHandedOver(organization);
    List<String> successors = new ArrayList<>();
    for (Successor successor : request.successors()) {
      String successorId = Requested.id(ChangeField.SUCCESSORS, successor.id());
      if (successorId != null) {
        if (successorId.equals(organization.id())) {
          throw Refused.of(ChangeField.SUCCESSORS.json(), ProblemCode.SUCCESSOR_SELF);
        }
        active(ChangeField.SUCCESSORS, successorId);
        successors.add(successorId);
      }
    }
    return new Planned(
        organization.withStatus(OrganizationStatus.CLOSED, successors), List.of(), List.of());
  }

  /** The units, people and positions of an organisation, by id. */
  private Map<String, RecordKind> members(String organizationId) {
    Map<String, RecordKind> members = new LinkedHashMap<>();
    organizations
        .children(organizationId)
        .forEach(o -> members.put(o.id(), RecordKind.ORGANIZATION));
    people.inOrganization(organizationId).forEach(p -> members.put(p.id(), RecordKind.PERSON));
    positions.inOrganization(organizationId).forEach(p -> members.put(p.id(), RecordKind.POSITION));
    return members;
  }

  private Organization active(ChangeField field, String id) {
    Organization organization =
        organizations
            .find(id)
            .orElseThrow(
                () ->
                    Refused.of(
                        field.json(), ProblemCode.REFERENCE_MISSING, ProblemWord.ORGANIZATION, id));
    if (organization.isClosed()) {
      throw Refused.of(field.json(), ProblemCode.CHANGE_TARGET_CLOSED, organization.name());
    }
    return organization;
  }

  /** An office that still answers for countries cannot go until another would answer instead. */
  private void checkOfficeHandedOver(Organization organization) {
    Optional<MissionOffice> office = offices.find(organization.id());
    if (office.isPresent()
        && office.get().fallbackOfficeId() == null
        && (office.get().coversAll() || !office.get().coverage().isEmpty())) {
      throw Refused.of(
          ChangeField.KIND.json(),
          ProblemCode.CHANGE_OFFICE_COVERS,
          organization.name(),
          office.get().coversAll() ? "every country" : String.join(", ", office.get().coverage()));
    }
  }
}
