package dev.directory.core.reorganization;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A change as an editor asks for it, before it is checked: {@code POST
 * /api/organizations/{id}/changes}.
 *
 * @param kind renamed, moved, merged, split or closed
 * @param date the day it took effect, YYYY-MM-DD
 * @param version the organisation's version the editor saw
 * @param name for a renaming, the new name
 * @param localName for a renaming, the new name in the organisation's own language
 * @param parent for a move, the new parent; null to stand at the top
 * @param into for a merge, the organisation that takes over
 * @param successors for a split, each successor (an existing organisation, or one to create with
 *     the name given); for a closing, the organisations that took over, if any
 * @param moves for a split, where each unit, person and position goes: record id to successor id
 */
public record ChangeRequest(
    @Nullable String kind,
    @Nullable String date,
    @Nullable Long version,
    @Nullable String name,
    @Nullable String localName,
    @Nullable String parent,
    @Nullable String into,
    List<Successor> successors,
    Map<String, String> moves) {

  public ChangeRequest {
    successors = List.copyOf(successors);
    moves = Map.copyOf(moves);
  }

  /** A successor: an existing organisation by its id, or a new one with an id and a name. */
  public record Successor(@Nullable String id, @Nullable String name) {}
}
