package dev.directory.web.export;

import dev.directory.search.query.SearchResult.Hit;
import ezvcard.VCardVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The vCards of a search's matches, each as complete as its own card: the matches come from the
 * index in the search's order, the records from the database a chunk of them at a time.
 */
final class VCardExport {

  static final int CHUNK = 200;

  private final Cards cards;
  private final Writer out;
  private final List<Hit> pending = new ArrayList<>(CHUNK);

  VCardExport(Cards cards, Writer out) {
    this.cards = cards;
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
    List<Cards.Wanted> wanted =
        pending.stream().map(hit -> new Cards.Wanted(hit.type().kind(), hit.id())).toList();
    for (Cards.Card card : cards.of(wanted, VCardVersion.V4_0)) {
      out.write(card.text());
    }
    pending.clear();
  }
}
