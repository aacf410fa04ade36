package dev.directory.web.carddav;

import dev.directory.core.change.Change;
import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.search.query.Matches;
import dev.directory.search.sync.TouchedRecords;
import dev.directory.web.export.Cards;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The members of an address book as a multi-status answer: every card (a listing, a first sync, a
 * query), the cards asked for by address, or what changed since a sync token. Members come from the
 * search index a batch at a time and their cards from the database, so a book of any size takes the
 * memory of one batch.
 */
@Singleton
record BookAnswers(Matches matches, Cards cards, ChangeLog changes, TouchedRecords touched) {

  static final int BATCH = 200;

  /** How many changes of the log are read at a time for a sync. */
  static final int CHANGES = 2_000;

  /** Each member's card, with the properties asked for. */
  void members(MultiStatus out, String username, AddressBook book, DavRequest asked)
      throws IOException {
    eachMember(book, asked, batch -> write(out, username, book, asked, batch));
  }

  /**
   * The members whose cards pass {@code asked}'s filter, at most as many as it asks for (RFC 6352
   * 8.6).
   */
  void query(MultiStatus out, String username, AddressBook book, DavRequest asked)
      throws IOException {
    int[] left = {asked.limit() == null ? Integer.MAX_VALUE : asked.limit()};
    eachMember(
        book,
        asked,
        batch -> {
          for (Cards.Card card : batch) {
            if (left[0] > 0
                && (asked.filter() == null
                    || asked.filter().test(CardFilter.properties(card.text())))) {
              out.response(
                  DavPaths.card(username, book.slug(), card.kind(), card.id()),
                  DavProperties.card(card, asked),
                  asked);
              left[0]--;
            }
          }
          out.flush();
        });
  }

  /** The cards at the addresses asked for; an address that is no member's is not found. */
  void multiget(MultiStatus out, String username, AddressBook book, DavRequest asked)
      throws IOException {
    for (int from = 0; from < asked.hrefs().size(); from += BATCH) {
      List<String> hrefs =
          asked.hrefs().subList(from, Math.min(asked.hrefs().size(), from + BATCH));
      Map<String, Cards.Wanted> wanted = new HashMap<>();
      for (String href : hrefs) {
        DavPaths.record(href).ifPresent(record -> wanted.put(href, record));
      }
      Set<String> members =
          matches.among(book.members(), wanted.values().stream().map(Cards.Wanted::id).toList());
      Map<String, Cards.Card> found = new HashMap<>();
      for (Cards.Card card :
          cards.of(
              wanted.values().stream().filter(w -> members.contains(w.id())).toList(),
              asked.version())) {
        found.put(card.kind() + ":" + card.id(), card);
      }
      for (String href : hrefs) {
        Cards.Wanted record = wanted.get(href);
        Cards.Card card = record == null ? null : found.get(record.kind() + ":" + record.id());
        if (card == null) {
          out.gone(href);
        } else {
          out.response(href, DavProperties.card(card, asked), asked);
        }
      }
      out.flush();
    }
  }

  /**
   * What changed in the book after log position {@code since} up to {@code until} (RFC 6578): the
   * cards of the records changed, and of those the changes touched (a person's card names the
   * organisations above them), that are members now; every other one as gone — deleted, merged
   * away, or no longer matching.
   */
  void changedSince(
      MultiStatus out, String username, AddressBook book, DavRequest asked, long since, long until)
      throws IOException {
    long at = since;
    while (at < until) {
      List<Change> read = changes.after(at, CHANGES);
      List<Change> batch = read.stream().filter(change -> change.seq() <= until).toList();
      if (batch.isEmpty()) {
        return;
      }
      at = batch.get(batch.size() - 1).seq();
      TouchedRecords.Touched touched = this.touched.by(batch);
      List<Cards.Wanted> records = new ArrayList<>();
      touched
          .organizationIds()
          .forEach(id -> records.add(new Cards.Wanted(RecordKind.ORGANIZATION, id)));
      touched.personIds().forEach(id -> records.add(new Cards.Wanted(RecordKind.PERSON, id)));
      touched.positionIds().forEach(id -> records.add(new Cards.Wanted(RecordKind.POSITION, id)));
      for (int from = 0; from < records.size(); from += BATCH) {
        List<Cards.Wanted> chunk = records.subList(from, Math.min(records.size(), from + BATCH));
        Set<String> members =
            matches.among(book.members(), chunk.stream().map(Cards.Wanted::id).toList());
        List<Cards.Wanted> kept = chunk.stream().filter(w -> members.contains(w.id())).toList();
        List<Cards.Card> written = cards.of(kept, asked.version());
        write(out, username, book, asked, written);
        Set<String> present = new HashSet<>();
        written.forEach(card -> present.add(card.id()));
        for (Cards.Wanted record : chunk) {
          if (!present.contains(record.id())) {
            out.gone(DavPaths.card(username, book.slug(), record.kind(), record.id()));
          }
        }
        out.flush();
      }
    }
  }

  private void write(
      MultiStatus out,
      String username,
      AddressBook book,
      DavRequest asked,
      List<Cards.Card> batch) {
    for (Cards.Card card : batch) {
      out.response(
          DavPaths.card(username, book.slug(), card.kind(), card.id()),
          DavProperties.card(card, asked),
          asked);
    }
    out.flush();
  }

  /** Hands each batch of the book's members' cards, in the book's order, to {@code each}. */
  private void eachMember(AddressBook book, DavRequest asked, Consumer<List<Cards.Card>> each)
      throws IOException {
    List<Cards.Wanted> pending = new ArrayList<>(BATCH);
    matches.forEach(
        book.members(),
        hit -> {
          pending.add(new Cards.Wanted(hit.type().kind(), hit.id()));
          if (pending.size() == BATCH) {
            each.accept(cards.of(pending, asked.version()));
            pending.clear();
          }
        });
    if (!pending.isEmpty()) {
      each.accept(cards.of(pending, asked.version()));
    }
  }
}
