package dev.directory.web.account;

import dev.directory.core.saved.SavedSearch;
import dev.directory.core.watch.Watch;
import dev.directory.web.record.Ref;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The model of an account's page: the account, what the reader may change on it, a message, and a
 * token secret just issued (shown this once).
 *
 * @param administered whether an admin is managing it (role, enabled, delete), or its owner
 * @param base where its forms post, /accounts/{username} or /account
 * @param books the searches the owner saved as address books (none on an admin's view of it)
 * @param watches the owner's watches (none on an admin's view of it)
 * @param digest how often the owner is sent the digest of their watches
 */
public record AccountPage(
    AccountViews.AccountView account,
    List<Ref> offices,
    boolean administered,
    String base,
    @Nullable String message,
    @Nullable AccountViews.IssuedToken issued,
    List<SavedSearch> books,
    List<Watch> watches,
    String digest) {

  /** The list of accounts, with the form that adds one. */
  public record Listing(List<AccountViews.AccountView> accounts, @Nullable String message) {}
}
