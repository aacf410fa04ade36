package dev.directory.web.account;

import dev.directory.core.account.Account;
import dev.directory.core.account.ApiToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Accounts and tokens as the API and the pages show them: never a hash or a stored secret. */
public final class AccountViews {

  private AccountViews() {}

  @Serdeable
  public record AccountView(
      String username,
      String displayName,
      @Nullable String email,
      String role,
      @Nullable String office,
      boolean enabled,
      boolean passwordSet,
      List<TokenView> tokens) {}

  @Serdeable
  public record TokenView(
      String id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

  /** A token just issued: the secret is in this answer only. */
  @Serdeable
  public record IssuedToken(String id, String name, String secret) {}

  /**
   * @param office the id of the mission office the account belongs to, whose records' steward it is
   *     (an editor's or admin's); null for none
   */
  static AccountView of(Account account, @Nullable String office, List<ApiToken> tokens) {
    return new AccountView(
        account.username(),
        account.displayName(),
        account.email(),
        account.role().code(),
        office,
        account.enabled(),
        account.passwordHash() != null,
        tokens.stream()
            .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
            .toList());
  }
}
