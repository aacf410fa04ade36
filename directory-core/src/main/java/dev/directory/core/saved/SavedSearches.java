package dev.directory.core.saved;

import dev.directory.core.account.Accounts;
import dev.directory.core.change.Writes;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Each member's saved searches: kept, listed, removed; another member's are not theirs to see. */
@Singleton
public class SavedSearches {

  /** The most searches one member keeps. */
  public static final int MOST = 50;

  public static final int MAX_NAME = 200;

  public static final int MAX_SEARCH = 2000;

  private final SavedSearchRows rows;
  private final Accounts accounts;
  private final Writes writes;
  private final SecureRandom random = new SecureRandom();

  SavedSearches(SavedSearchRows rows, Accounts accounts, Writes writes) {
    this.rows = rows;
    this.accounts = accounts;
    this.writes = writes;
  }

  /**
   * Keeps a search of {@code username}'s.
   *
   * @param search the query string of the search, which the caller has checked reads as one
   * @throws Refused for a missing or long name, a long search, or a member who keeps {@link #MOST}
   */
  public SavedSearch save(String username, String name, String search, Instant now) {
    String named = name == null ? "" : name.strip();
    if (named.isEmpty() || named.length() > MAX_NAME) {
      throw Refused.of("name", ProblemCode.NAME_INVALID, MAX_NAME);
    }
    String query = search == null ? "" : search.strip();
    if (query.length() > MAX_SEARCH) {
      throw Refused.of("search", ProblemCode.TEXT_TOO_LONG, query.length(), MAX_SEARCH);
    }
    return writes.inTransaction(
        () -> {
          accounts.find(username).orElseThrow(() -> NotFound.named(username));
          if (rows.countByUsername(username) >= MOST) {
            throw Refused.of(null, ProblemCode.SAVED_SEARCHES_FULL, MOST);
          }
          return rows.save(
              new SavedSearch(newId(), username, named, query, now.truncatedTo(ChronoUnit.MILLIS)));
        });
  }

  private String newId() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** {@code username}'s searches, the oldest first. */
  public List<SavedSearch> of(String username) {
    return rows.findByUsernameOrderByCreatedAt(username);
  }

  public Optional<SavedSearch> find(String username, String id) {
    return rows.findById(id).filter(saved -> saved.username().equals(username));
  }

  /**
   * @throws NotFound when {@code username} has no saved search {@code id}
   */
  public void remove(String username, String id) {
    writes.run(
        () ->
            rows.delete(
                find(username, id)
                    .orElseThrow(
                        () -> NotFound.of(ProblemCode.SAVED_SEARCH_NOT_FOUND, username, id))));
  }
}
