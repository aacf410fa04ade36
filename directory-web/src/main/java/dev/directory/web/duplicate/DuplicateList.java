package dev.directory.web.duplicate;

import dev.directory.core.change.RecordKind;
import dev.directory.core.country.Countries;
import dev.directory.core.duplicate.NotTheSame;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.duplicates.Traits;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The possible duplicates of one kind, best first, as the page and the API list them: from the last
 * scan, but the pairs marked "not the same", narrowed to an office's countries or a country.
 */
@Singleton
public record DuplicateList(
    DuplicateScans scans,
    NotTheSame notTheSame,
    MissionOffices offices,
    People people,
    Organizations organizations) {

  /** At most this many pairs are listed at once. */
  public static final int LARGEST_PAGE = 1_000;

  /**
   * @param total pairs that match, listed or not
   * @param scannedAt when the scan listed was made
   */
  public record Listing(long total, Instant scannedAt, List<DuplicatePair> pairs) {}

  /**
   * Marks two records, both people or both organisations, as different: the pair is never proposed
   * again.
   *
   * @throws Refused when an id is missing or unknown, both are one, or they are of two kinds
   */
  public void markNotTheSame(@Nullable String a, @Nullable String b, String editor) {
    for (String field : List.of("a", "b")) {
      String id = field.equals("a") ? a : b;
      if (id == null || id.isBlank()) {
        throw Refused.of(field, ProblemCode.REQUIRED);
      }
    }
    String one = a.strip();
    String other = b.strip();
    if (one.equals(other)) {
      throw Refused.of("b", ProblemCode.PAIR_SELF, one);
    }
    RecordKind kind = recordKind("a", one);
    if (recordKind("b", other) != kind) {
      throw Refused.of("b", ProblemCode.PAIR_KINDS, one, other);
    }
    notTheSame.mark(kind, one, other, editor);
  }

  private RecordKind recordKind(String field, String id) {
    if (people.exists(id)) {
      return RecordKind.PERSON;
    }
    if (organizations.exists(id)) {
      return RecordKind.ORGANIZATION;
    }
    throw Refused.of(field, ProblemCode.RECORD_MISSING, id);
  }

  /**
   * @throws Refused naming a type, office or country that is not one, or a limit out of range
   */
  public Listing list(
      @Nullable String type, @Nullable String office, @Nullable String country, int limit) {
    RecordKind kind = kind(type);
    if (limit < 1 || limit > LARGEST_PAGE) {
      throw Refused.of("limit", ProblemCode.NUMBER_OUT_OF_RANGE, limit, 1, LARGEST_PAGE);
    }
    Predicate<String> inPlace = place(office, country);
    BiPredicate<String, String> dismissed = notTheSame.all(kind);
    DuplicateScans.Scan scan =
        scans.of(
            switch (kind) {
              case PERSON -> Traits.Kind.PERSON;
              case ORGANIZATION -> Traits.Kind.ORGANIZATION;
              case POSITION, TOPIC, ENGAGEMENT -> throw RecordKind.notEdited(kind);
            });
    List<Duplicates.Pair> matching =
        scan.pairs().stream()
            .filter(p -> inPlace.test(p.a().country()) || inPlace.test(p.b().country()))
            .filter(p -> !dismissed.test(p.a().id(), p.b().id()))
            .toList();
    return new Listing(
        matching.size(),
        scan.at(),
        matching.stream().limit(limit).map(pair -> DuplicatePair.of(kind, pair)).toList());
  }

  /**
   * How many pairs of {@code type} in the place wait, by the newest scan; empty while the first
   * scan is made (not waited for).
   *
   * @throws Refused naming a type, office or country that is not one
   */
  public Optional<Long> waiting(
      @Nullable String type, @Nullable String office, @Nullable String country) {
    RecordKind kind = kind(type);
    Predicate<String> inPlace = place(office, country);
    BiPredicate<String, String> dismissed = notTheSame.all(kind);
    return scans
        .ifScanned(kind == RecordKind.PERSON ? Traits.Kind.PERSON : Traits.Kind.ORGANIZATION)
        .map(
            scan ->
                scan.pairs().stream()
                    .filter(p -> inPlace.test(p.a().country()) || inPlace.test(p.b().country()))
                    .filter(p -> !dismissed.test(p.a().id(), p.b().id()))
                    .count());
  }

  static RecordKind kind(@Nullable String type) {
    if (type == null || type.isBlank() || type.strip().equals("person")) {
      return RecordKind.PERSON;
    }
    if (type.strip().equals("organization")) {
      return RecordKind.ORGANIZATION;
    }
    throw Refused.of(
        "type", ProblemCode.CHOICE_INVALID, type, ProblemWord.RESULT_TYPE, "person, organization");
  }

  private Predicate<String> place(@Nullable String office, @Nullable String country) {
    Predicate<String> any = code -> true;
    if (country != null && !country.isBlank()) {
      String code = Refused.reading("country", () -> Countries.parse(country));
      any = code::equals;
    }
    boolean narrowed = country != null && !country.isBlank();
    if (office != null && !office.isBlank()) {
      MissionOffice found =
          offices
              .find(office.strip())
              .orElseThrow(
                  () ->
                      Refused.of(
                          "office",
                          ProblemCode.REFERENCE_MISSING,
                          ProblemWord.MISSION_OFFICE,
                          office.strip()));
      if (!found.coversAll()) {
        Set<String> covered = Set.copyOf(found.coverage());
        any = any.and(covered::contains);
        narrowed = true;
      }
    }
    Predicate<String> inPlace = any;
    return narrowed ? code -> code != null && inPlace.test(code) : code -> true;
  }
}
