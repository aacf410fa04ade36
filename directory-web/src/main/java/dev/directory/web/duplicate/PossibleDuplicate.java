package dev.directory.web.duplicate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A record that looks like the one saved or brought in.
 *
 * @param score the log₂ of the odds that the two are one (3 and more: likely)
 * @param reasons each field's agreement, in words, with what it adds to the score
 * @param url its page; null for another record of the same upload, not yet stored
 */
@Serdeable
public record PossibleDuplicate(
    String id, String name, double score, List<String> reasons, @Nullable String url) {

  public PossibleDuplicate {
    reasons = List.copyOf(reasons);
  }
}
