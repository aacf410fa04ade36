package dev.directory.core.saved;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A search a member saved, as its own row.
 *
 * @param search the query string of {@code /api/search} (and of the search page), such as {@code
 *     type=press_contact&country=CL}
 */
@MappedEntity("saved_search")
public record SavedSearch(
    @Id String id, String username, String name, String search, Instant createdAt) {}
