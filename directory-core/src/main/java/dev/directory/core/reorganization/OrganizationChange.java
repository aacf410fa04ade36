package dev.directory.core.reorganization;

import dev.directory.core.organization.OrganizationStatus;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated step of an organisation's history, with what it was before (restored by an undo, and
 * read for a day before the change) and every record it moved.
 *
 * @param date the day it took effect
 * @param recordedAt when it was written down
 * @param successors the organisations that took over, for a merge, a split or a closing
 * @param created the successors a split created
 * @param versionAfter the organisation's version after the change
 */
public record OrganizationChange(
    long id,
    String organizationId,
    ChangeKind kind,
    LocalDate date,
    String actor,
    Instant recordedAt,
    Names before,
    Names after,
    OrganizationStatus statusBefore,
    List<String> successorsBefore,
    List<String> formerNamesBefore,
    List<String> successors,
    List<String> created,
    long versionAfter,
    List<Move> moves) {

  public OrganizationChange {
    successorsBefore = List.copyOf(successorsBefore);
    formerNamesBefore = List.copyOf(formerNamesBefore);
    successors = List.copyOf(successors);
    created = List.copyOf(created);
    moves = List.copyOf(moves);
  }

  /** An organisation's name and the name in its own language. */
  public record Names(String name, @Nullable String localName) {}

  /** Where the change moved the organisation itself, if it did: its new parent. */
  public java.util.Optional<Move> ownMove() {
    return moves.stream().filter(m -> m.recordId().equals(organizationId)).findFirst();
  }
}
