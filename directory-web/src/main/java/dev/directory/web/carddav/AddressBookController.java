package dev.directory.web.carddav;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.saved.SavedSearch;
import dev.directory.core.saved.SavedSearches;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.search.SearchParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/address-books}: the signed-in member's address books, which a phone or mail program
 * syncs over CardDAV, and the searches they save as books of their own.
 */
@Controller("/api/address-books")
@Tag(name = "Address books")
@NotSignedIn
@ExecuteOn(TaskExecutors.BLOCKING)
record AddressBookController(AddressBooks books, SavedSearches saved) {

  /**
   * An address book.
   *
   * @param id the book's name in its address; a saved search's is {@code saved-<id>}
   * @param search the saved search's query string; null for the books every member has
   * @param url where a CardDAV client finds it
   */
  @Serdeable
  record BookView(String id, String name, @Nullable String search, String url) {}

  /**
   * A search to keep as an address book.
   *
   * @param search the query string of {@code /api/search}, such as {@code
   *     type=press_contact&country=CL}
   */
  @Serdeable
  record NewBook(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = SavedSearches.MAX_NAME)
          @Nullable
          String name,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = SavedSearches.MAX_SEARCH)
          @Nullable
          String search) {}

  /** The member's books: Directory, Press contacts, then their saved searches. */
  @Get
  List<BookView> listAddressBooks(Principal member) {
    return books.of(member.getName()).stream()
        .map(
            book ->
                new BookView(
                    book.slug(),
                    book.name(),
                    book.saved(),
                    DavPaths.book(member.getName(), book.slug())))
        .toList();
  }

  /** Saves a search as an address book; 400 names what is wrong with it. */
  @ApiResponse(
      responseCode = "201",
      description = "Saved: the new book",
      content = @Content(schema = @Schema(implementation = BookView.class)))
  @WrongValues
  @Post
  HttpResponse<BookView> saveAddressBook(@Body NewBook book, Principal member) {
    SavedSearch kept = keep(saved, member.getName(), book.name(), book.search());
    String slug = AddressBooks.SAVED + kept.id();
    return HttpResponse.created(
        new BookView(slug, kept.name(), kept.search(), DavPaths.book(member.getName(), slug)));
  }

  /** Removes a saved search's book; a client that syncs it finds it gone. */
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(
      responseCode = "404",
      description = "The member has no saved book of that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Delete("/{id}")
  HttpResponse<Void> removeAddressBook(String id, Principal member) {
    saved.remove(
        member.getName(),
        id.startsWith(AddressBooks.SAVED) ? id.substring(AddressBooks.SAVED.length()) : id);
    return HttpResponse.noContent();
  }

  /** Keeps a search once it reads as one: refused, naming the parameter, when it does not. */
  static SavedSearch keep(
      SavedSearches saved, String username, @Nullable String name, @Nullable String search) {
    if (search == null) {
      throw Refused.of("search", ProblemCode.REQUIRED);
    }
    String query = search.strip();
    if (query.startsWith("?")) {
      query = query.substring(1);
    }
    SearchParameters.parse(query).toRequest();
    return saved.save(username, name, query, Instant.now());
  }
}
