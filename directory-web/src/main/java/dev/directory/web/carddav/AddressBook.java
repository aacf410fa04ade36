package dev.directory.web.carddav;

import dev.directory.search.query.SearchRequest;
import io.micronaut.core.annotation.Nullable;

/**
 * One address book of a member of staff: the records a search matches, kept as cards.
 *
 * @param slug the last part of its address
 * @param name what a client shows
 * @param description what it holds, in a sentence
 * @param members the search whose matches are its cards
 * @param saved the query string of the search a member saved as this book; null for the books every
 *     member has
 */
record AddressBook(
    String slug, String name, String description, SearchRequest members, @Nullable String saved) {}
