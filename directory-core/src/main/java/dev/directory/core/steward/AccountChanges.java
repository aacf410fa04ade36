package dev.directory.core.steward;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.core.change.Writes;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * An admin's change of an account: its name, e-mail, role, whether it may sign in, and the mission
 * office it looks after records for, in one transaction: a refused field leaves the office as it
 * was, and the reverse.
 */
@Singleton
public final class AccountChanges {

  private final Accounts accounts;
  private final Stewards stewards;
  private final Writes writes;

  AccountChanges(Accounts accounts, Stewards stewards, Writes writes) {
    this.accounts = accounts;
    this.stewards = stewards;
    this.writes = writes;
  }

  /**
   * @param office the account's office from now on (blank: none); empty leaves it as it is
   * @throws dev.directory.core.problem.NotFound when there is no such account
   * @throws dev.directory.core.problem.Refused naming each wrong field
   */
  public Account change(
      String username,
      String displayName,
      @Nullable String email,
      Role role,
      boolean enabled,
      Optional<String> office) {
    return writes.inTransaction(
        () -> {
          office.ifPresent(id -> stewards.assignOffice(username, id));
          return accounts.update(username, displayName, email, role, enabled);
        });
  }
}
