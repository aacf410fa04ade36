package dev.directory.web.carddav;

import dev.directory.core.problem.Refused;
import dev.directory.core.saved.SavedSearch;
import dev.directory.core.saved.SavedSearches;
import dev.directory.search.index.Facet;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import dev.directory.web.search.SearchParameters;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address books of a member of staff: the whole directory (people, positions and organisations,
 * as they may see them signed in), the press contacts, and one per search they saved.
 */
@Singleton
record AddressBooks(SavedSearches saved) {

  /** A saved search's book is {@code saved-<its id>}. */
  static final String SAVED = "saved-";

  private static final List<AddressBook> EVERYONE_S =
      List.of(
          new AddressBook(
              "directory",
              "Directory",
              "Every person, position and organisation of the directory",
              request(Map.of()),
              null),
          new AddressBook(
              "press",
              "Press contacts",
              "The press contacts of the mission offices",
              request(Map.of(Facet.TYPE, List.of(ResultType.PRESS_CONTACT.code()))),
              null));

  /**
   * The books of {@code username}, in the order a client lists them. A saved search that no longer
   * reads (a value the search has since refused) has no book until it is saved again.
   */
  List<AddressBook> of(String username) {
    List<AddressBook> books = new ArrayList<>(EVERYONE_S);
    for (SavedSearch search : saved.of(username)) {
      book(search).ifPresent(books::add);
    }
    return books;
  }

  Optional<AddressBook> find(String username, String slug) {
    if (slug.startsWith(SAVED)) {
      return saved.find(username, slug.substring(SAVED.length())).flatMap(AddressBooks::book);
    }
    return EVERYONE_S.stream().filter(book -> book.slug().equals(slug)).findFirst();
  }

  private static Optional<AddressBook> book(SavedSearch search) {
    try {
      return Optional.of(
          new AddressBook(
              SAVED + search.id(),
              search.name(),
              "Saved search: " + search.search(),
              SearchParameters.parse(search.search()).toRequest(),
              search.search()));
    } catch (Refused e) {
      return Optional.empty();
    }
  }

  private static SearchRequest request(Map<Facet, List<String>> filters) {
    return new SearchRequest("", filters, SearchRequest.Order.NAME, 1, SearchRequest.DEFAULT_SIZE);
  }
}
