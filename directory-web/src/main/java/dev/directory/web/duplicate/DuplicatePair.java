package dev.directory.web.duplicate;

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
}
