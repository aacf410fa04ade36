package dev.directory.web.duplicate;

import dev.directory.core.change.RecordKind;
import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.duplicates.Traits;
import dev.directory.web.record.Ref;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Two records that look like one, as the list of possible duplicates shows them.
 *
 * @param score the log₂ of the odds that the two are one
 * @param reasons each field's agreement, in words, with what it adds to the score
 */
@Serdeable
public record DuplicatePair(Ref a, Ref b, double score, List<String> reasons) {

  public DuplicatePair {
    reasons = List.copyOf(reasons);
  }

  static DuplicatePair of(RecordKind kind, Duplicates.Pair pair) {
    return new DuplicatePair(
        ref(kind, pair.a()),
        ref(kind, pair.b()),
        pair.likeness().score(),
        Reasons.of(pair.likeness()));
  }

  private static Ref ref(RecordKind kind, Traits traits) {
    return kind == RecordKind.PERSON
        ? Ref.person(traits.id(), traits.name())
        : Ref.organization(traits.id(), traits.name());
  }
}
