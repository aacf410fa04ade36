package dev.directory.core.steward;

import dev.directory.core.office.MissionOffice;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who looks after the records of each country, as accounts and offices stood when it was read: the
 * editors (and admins) of the office covering the country, or when it has none those of the office
 * it falls back to, and so on; when no office on the way has any, the admins.
 *
 * @param editorsByOffice the enabled editors and admins of each office, by office id
 * @param admins every enabled admin, the stewards of last resort
 */
record Roster(
    List<MissionOffice> offices, Map<String, List<String>> editorsByOffice, List<String> admins) {

  /** The accounts that look after a record of {@code country} (null: of no country). */
  List<String> defaultStewards(@Nullable String country) {
    Set<String> seen = new HashSet<>();
    Optional<MissionOffice> office = covering(country);
    while (office.isPresent() && seen.add(office.get().organizationId())) {
      List<String> editors = editorsByOffice.getOrDefault(office.get().organizationId(), List.of());
      if (!editors.isEmpty()) {
        return editors;
      }
      office = office.map(MissionOffice::fallbackOfficeId).flatMap(this::office);
    }
    return admins;
  }

  /** The countries among {@code countries} whose records {@code username} looks after. */
  List<String> countriesOf(String username, Iterable<String> countries) {
    List<String> theirs = new ArrayList<>();
    for (String country : countries) {
      if (defaultStewards(country).contains(username)) {
        theirs.add(country);
      }
    }
    return theirs;
  }

  /**
   * The office that answers for the country: the one covering it with the fewest other countries (a
   * country office before a regional one), else the one covering all.
   */
  private Optional<MissionOffice> covering(@Nullable String country) {
    Optional<MissionOffice> own =
        country == null
            ? Optional.empty()
            : offices.stream()
                .filter(o -> !o.coversAll() && o.coverage().contains(country))
                .min(
                    Comparator.comparingInt((MissionOffice o) -> o.coverage().size())
                        .thenComparing(MissionOffice::organizationId));
    return own.or(
        () ->
            offices.stream()
                .filter(MissionOffice::coversAll)
                .min(Comparator.comparing(MissionOffice::organizationId)));
  }

  private Optional<MissionOffice> office(String id) {
    return offices.stream().filter(o -> o.organizationId().equals(id)).findFirst();
  }
}
