package dev.directory.web.carddav;

import dev.directory.search.index.Facet;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address books every member of staff has: the whole directory (people, positions and
 * organisations, as they may see them signed in) and the press contacts.
 */
@Singleton
final class AddressBooks {

  private static final List<AddressBook> EVERYONE_S =
      List.of(
          new AddressBook(
              "directory",
              "Directory",
              "Every person, position and organisation of the directory",
              request(Map.of())),
          new AddressBook(
              "press",
              "Press contacts",
              "The press contacts of the mission offices",
              request(Map.of(Facet.TYPE, List.of(ResultType.PRESS_CONTACT.code())))));

  /** The books of {@code username}, in the order a client lists them. */
  List<AddressBook> of(String username) {
    return EVERYONE_S;
  }

  Optional<AddressBook> find(String username, String slug) {
    return of(username).stream().filter(book -> book.slug().equals(slug)).findFirst();
  }

  private static SearchRequest request(Map<Facet, List<String>> filters) {
    return new SearchRequest("", filters, SearchRequest.Order.NAME, 1, SearchRequest.DEFAULT_SIZE);
  }
}
