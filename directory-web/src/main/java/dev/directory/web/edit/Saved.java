package dev.directory.web.edit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.directory.web.duplicate.PossibleDuplicate;
import dev.directory.web.record.RecordViews.OrganizationView;
import dev.directory.web.record.RecordViews.PersonView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a save answers: the record as GET returns it, and the records it looks like. */
final class Saved {

  private Saved() {}

  /**
   * @param possibleDuplicates stored people likely the same as this one, best first (empty when
   *     none): the save is made all the same
   */
  @Serdeable
  record Person(@JsonUnwrapped PersonView person, List<PossibleDuplicate> possibleDuplicates) {}

  /**
   * @param possibleDuplicates stored organisations likely the same as this one, best first (empty
   *     when none): the save is made all the same
   */
  @Serdeable
  record Organization(
      @JsonUnwrapped OrganizationView organization, List<PossibleDuplicate> possibleDuplicates) {}
}
