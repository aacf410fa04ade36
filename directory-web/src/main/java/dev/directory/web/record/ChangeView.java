package dev.directory.web.record;

import dev.directory.core.reorganization.ChangeKind;
import dev.directory.core.reorganization.Move;
import dev.directory.core.reorganization.OrganizationChange;
import dev.directory.web.language.Labels;
import dev.directory.web.page.Addresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One dated change of an organisation as the API and its page show it.
 *
 * @param version the organisation's version after the change
 * @param undo where to {@code DELETE} to undo it; null when it cannot be (not the last)
 */
@Serdeable
public record ChangeView(
    long id,
    @Schema(allowableValues = {"created", "renamed", "moved", "merged", "split", "closed"})
        String kind,
    @Schema(format = "date") String date,
    String actor,
    @Schema(format = "date-time") String recordedAt,
    String nameBefore,
    @Nullable String localNameBefore,
    String name,
    @Nullable String localName,
    List<Ref> successors,
    List<Ref> created,
    List<MoveView> moves,
    long version,
    @Nullable String undo) {

  /** A record the change moved, with where from and where to. */
  @Serdeable
  public record MoveView(
      @Schema(allowableValues = {"organization", "person", "position"}) String kind,
      String id,
      String url,
      @Nullable String from,
      @Nullable String to) {}

  /** "Renamed", "Merged", …: the kind in the reader's language. */
  public String kindLabel() {
    return Labels.changeKind(kind);
  }

  static ChangeView of(OrganizationChange change, Map<String, String> names, boolean last) {
    return new ChangeView(
        change.id(),
        change.kind().code(),
        change.date().toString(),
        change.actor(),
        change.recordedAt().toString(),
        change.before().name(),
        change.before().localName(),
        change.after().name(),
        change.after().localName(),
        refs(change.successors(), names),
        refs(change.created(), names),
        change.moves().stream().map(ChangeView::move).toList(),
        change.versionAfter(),
        last && change.kind() != ChangeKind.CREATED
            ? "/api/organizations/" + change.organizationId() + "/changes/" + change.id()
            : null);
  }

  private static MoveView move(Move move) {
    return new MoveView(
        move.kind().code(),
        move.recordId(),
        Addresses.page(move.kind(), move.recordId()),
        move.fromId(),
        move.toId());
  }

  private static List<Ref> refs(List<String> ids, Map<String, String> names) {
    return ids.stream().map(id -> Ref.organization(id, names.getOrDefault(id, id))).toList();
  }

  /** The ids of the organisations a change names, to look their names up at once. */
  static List<String> named(OrganizationChange change) {
    return Stream.concat(change.successors().stream(), change.created().stream()).toList();
  }
}
