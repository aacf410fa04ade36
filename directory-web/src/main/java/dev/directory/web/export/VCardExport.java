package dev.directory.web.export;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.position.PositionRecords;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vCards of a search's matches, each as complete as its own card: the matches come from the
 * index in the search's order, the records from the database a chunk of them at a time.
 */
final class VCardExport {

  private static final int CHUNK = 200;

  private final Records records;
  private final PositionRecords positions;
  private final Writer out;
  private final List<Hit> pending = new ArrayList<>(CHUNK);

  private final ChangeLog changes;

  VCardExport(Records records, PositionRecords positions, ChangeLog changes, Writer out) {
    this.changes = changes;
    this.records = records;
    this.positions = positions;
    this.out = out;
  }

  void add(Hit hit) throws IOException {
    pending.add(hit);
    if (pending.size() == CHUNK) {
      flush();
    }
  }

  /** Writes the cards of the matches not yet written; a record deleted meanwhile is left out. */
  void flush() throws IOException {
    List<String> personIds =
        pending.stream().filter(h -> h.type().isPerson()).map(Hit::id).toList();
    Map<String, PersonView> people = records.people(personIds);
    Map<String, Instant> peopleChanged = changes.lastChanged(RecordKind.PERSON, personIds);
    Map<String, Instant> positionsChanged =
        changes.lastChanged(RecordKind.POSITION, ids(ResultType.POSITION));
    Map<String, Instant> organizationsChanged =
        changes.lastChanged(
            RecordKind.ORGANIZATION,
            pending.stream()
                .filter(h -> !h.type().isPerson() && h.type() != ResultType.POSITION)
                .map(Hit::id)
                .toList());
    for (Hit hit : pending) {
      if (hit.type().isPerson()) {
        PersonView person = people.get(hit.id());
        if (person != null) {
          out.write(VCards.person(person, peopleChanged.get(hit.id())));
        }
      } else if (hit.type() == ResultType.POSITION) {
        var position = positions.view(hit.id(), LocalDate.now(ZoneOffset.UTC));
        if (position.isPresent()) {
          out.write(VCards.position(position.get(), positionsChanged.get(hit.id())));
        }
      } else {
        var organization = records.organization(hit.id());
        if (organization.isPresent()) {
          out.write(VCards.organization(organization.get(), organizationsChanged.get(hit.id())));
        }
      }
    }
    pending.clear();
  }

  private List<String> ids(ResultType type) {
    return pending.stream().filter(h -> h.type() == type).map(Hit::id).toList();
  }
}
