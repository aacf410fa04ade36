package dev.directory.core.editing;

import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What merging two organisations does to mission offices, and its undoing. The one that stays
 * becomes an office if the other was one, covering what both covered; offices that fell back to the
 * other fall back to it. Each office changed is kept as it was before and as the merge left it, so
 * that the undo puts it back, and refuses when it has changed since.
 */
@Singleton
record OfficeMerge(MissionOffices offices) {

  private static final String BEFORE = "office-before";
  private static final String AFTER = "office-after";

  /** Moves the office of {@code other} and what falls back to it to {@code id}; what it changed. */
  List<MergedRecords.Moved> move(String id, String other) {
    Optional<MissionOffice> going = offices.find(other);
    if (going.isEmpty()) {
      return List.of(); // only an office can be fallen back to
    }
    List<MergedRecords.Moved> moved = new ArrayList<>();
    Optional<MissionOffice> staying = offices.find(id);
    MissionOffice survivor = united(id, other, staying, going.get());
    offices.save(survivor);
    record(moved, id, staying, Optional.of(survivor));
    for (MissionOffice office : offices.findAll()) {
      String officeId = office.organizationId();
      if (other.equals(office.fallbackOfficeId()) && !officeId.equals(other)) {
        MissionOffice fallingBack =
            new MissionOffice(
                officeId, office.coversAll(), office.coverage(), id, office.languages());
        offices.save(fallingBack);
        record(moved, officeId, Optional.of(office), Optional.of(fallingBack));
      }
    }
    record(moved, other, going, Optional.empty());
    return moved;
  }

  /**
   * Puts back the offices a merge changed, once the organisation {@code from} is back.
   *
   * @throws Refused when one of them has changed since the merge
   */
  void undo(String from, String into, List<MergedRecords.Moved> moved) {
    List<MergedRecords.Moved> after = of(moved, AFTER);
    boolean intoWasAnOffice = of(moved, BEFORE).stream().anyMatch(m -> isOffice(m, into));
    Set<String> changed = new LinkedHashSet<>(after.stream().map(MergedRecords.Moved::id).toList());
    // A merge kept before offices were kept as they were ("office") cannot be undone here.
    boolean unchanged =
        moved.stream().noneMatch(m -> m.what().equals("office"))
            && after.stream().allMatch(m -> m.detail().equals(write(offices.find(m.id()))))
            && (intoWasAnOffice
                || offices.findAll().stream()
                    .noneMatch(
                        o ->
                            into.equals(o.fallbackOfficeId())
                                && !changed.contains(o.organizationId())));
    if (!unchanged) {
      throw Refused.of(null, ProblemCode.MERGE_OFFICES, from);
    }
    List<MergedRecords.Moved> before = new ArrayList<>(of(moved, BEFORE));
    // The office that went first: the others fall back to it again, then the survivor is as it was.
    before.sort((a, b) -> Boolean.compare(!a.id().equals(from), !b.id().equals(from)));
    before.stream()
        .filter(m -> !m.id().equals(into))
        .forEach(m -> read(m.id(), m.detail()).ifPresent(offices::save));
    Optional<MissionOffice> intoBefore =
        before.stream()
            .filter(m -> m.id().equals(into))
            .findFirst()
            .flatMap(m -> read(into, m.detail()));
    intoBefore.ifPresentOrElse(offices::save, () -> offices.delete(into));
  }

  private static MissionOffice united(
      String id, String other, Optional<MissionOffice> staying, MissionOffice going) {
    @Nullable
    String goingFallback = id.equals(going.fallbackOfficeId()) ? null : going.fallbackOfficeId();
    if (staying.isEmpty()) {
      return new MissionOffice(
          id, going.coversAll(), going.coverage(), goingFallback, going.languages());
    }
    MissionOffice office = staying.get();
    return new MissionOffice(
        id,
        office.coversAll() || going.coversAll(),
        union(office.coverage(), going.coverage()),
        other.equals(office.fallbackOfficeId()) ? goingFallback : office.fallbackOfficeId(),
        union(office.languages(), going.languages()));
  }

  private static List<String> union(List<String> first, List<String> second) {
    return List.copyOf(
        new LinkedHashSet<>(Stream.concat(first.stream(), second.stream()).toList()));
  }

  private static void record(
      List<MergedRecords.Moved> moved,
      String id,
      Optional<MissionOffice> before,
      Optional<MissionOffice> after) {
    moved.add(new MergedRecords.Moved(BEFORE, id, false, write(before)));
    moved.add(new MergedRecords.Moved(AFTER, id, false, write(after)));
  }

  private static List<MergedRecords.Moved> of(List<MergedRecords.Moved> moved, String what) {
    return moved.stream().filter(m -> m.what().equals(what)).toList();
  }

  private static boolean isOffice(MergedRecords.Moved moved, String id) {
    return moved.id().equals(id) && !moved.detail().isEmpty();
  }

  /** An office as one line: covers all, coverage, fallback, languages; empty for none. */
  private static String write(Optional<MissionOffice> office) {
    return office
        .map(
            o ->
                String.join(
                    "|",
                    Boolean.toString(o.coversAll()),
                    String.join(",", o.coverage()),
                    Objects.requireNonNullElse(o.fallbackOfficeId(), ""),
                    String.join(",", o.languages())))
        .orElse("");
  }

  private static Optional<MissionOffice> read(String id, String line) {
    if (line.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = line.split("\\|", -1);
    return Optional.of(
        new MissionOffice(
            id,
            Boolean.parseBoolean(parts[0]),
            list(parts[1]),
            parts[2].isEmpty() ? null : parts[2],
            list(parts[3])));
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
