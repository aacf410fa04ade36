package dev.directory.web.export;

import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.position.PositionRecords;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import java.io.IOException;
import java.io.Writer;
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

  VCardExport(Records records, PositionRecords positions, Writer out) {
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
    Map<String, PersonView> people =
        records.people(pending.stream().filter(h -> h.type().isPerson()).map(Hit::id).toList());
    for (Hit hit : pending) {
      if (hit.type().isPerson()) {
        PersonView person = people.get(hit.id());
        if (person != null) {
          out.write(VCards.person(person));
        }
      } else if (hit.type() == ResultType.POSITION) {
        var position = positions.view(hit.id(), LocalDate.now(ZoneOffset.UTC));
        if (position.isPresent()) {
          out.write(VCards.position(position.get()));
        }
      } else {
        var organization = records.organization(hit.id());
        if (organization.isPresent()) {
          out.write(VCards.organization(organization.get()));
        }
      }
    }
    pending.clear();
  }
}
