package dev.directory.web.account;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.web.error.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * {@code /api/accounts} (admins): the staff accounts, their roles, passwords and API tokens.
 * Passwords go in and never come out; a token's secret is shown once, when it is issued.
 */
@Controller("/api/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountController {

  private final Accounts accounts;

  AccountController(Accounts accounts) {
    this.accounts = accounts;
  }

  /** A new account; without a password it signs in through the identity provider only. */
  @Serdeable
  record NewAccount(
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String email,
      @Nullable String role,
      @Nullable String password) {}

  /** What an admin changes on an account. */
  @Serdeable
  record AccountChange(
      @Nullable String displayName,
      @Nullable String email,
      @Nullable String role,
      @Nullable Boolean enabled) {}

  @Serdeable
  record PasswordChange(@Nullable String password) {}

  @Serdeable
  record NewToken(@Nullable String name) {}

  /** Every account, by name: role, whether enabled, tokens (never a secret or hash). */
  @Get
  List<AccountViews.AccountView> list() {
    return accounts.all().stream().map(this::view).toList();
  }

  /** One account. */
  @Get("/{username}")
  HttpResponse<?> account(String username) {
    return accounts
        .find(username)
        .<HttpResponse<?>>map(account -> HttpResponse.ok(view(account)))
        .orElseGet(() -> HttpResponse.notFound(new ApiError(noSuchAccount(username))));
  }

  /** Makes an account; 400 names each wrong field. */
  @Post
  HttpResponse<?> create(@Body NewAccount body) {
    return answer(
        () ->
            HttpResponse.created(
                view(
                    accounts.create(
                        body.username(),
                        body.displayName(),
                        body.email(),
                        Role.parse(body.role()),
                        body.password(),
                        Instant.now()))));
  }

  /** Changes an account's name, e-mail, role or whether it is enabled. */
  @Put("/{username}")
  HttpResponse<?> change(String username, @Body AccountChange body) {
    return answer(
        () -> {
          Account current = required(username);
          return HttpResponse.ok(
              view(
                  accounts.update(
                      username,
                      body.displayName() == null ? current.displayName() : body.displayName(),
                      body.email() == null ? current.email() : body.email(),
                      body.role() == null ? current.role() : Role.parse(body.role()),
                      body.enabled() == null ? current.enabled() : body.enabled())));
        });
  }

  /** Sets a new password, which ends every sign-in made with the old one. */
  @Put("/{username}/password")
  HttpResponse<?> password(String username, @Body PasswordChange body) {
    return answer(
        () -> {
          required(username);
          accounts.setPassword(username, body.password());
          return HttpResponse.noContent();
        });
  }

  /** Deletes an account (never the last enabled admin). */
  @Delete("/{username}")
  HttpResponse<?> delete(String username) {
    return answer(
        () -> {
          required(username);
          accounts.delete(username);
          return HttpResponse.noContent();
        });
  }

  /** Issues an API token: its secret is in this answer only. */
  @Post("/{username}/tokens")
  HttpResponse<?> issue(String username, @Body NewToken body) {
    return answer(
        () -> {
          required(username);
          Accounts.IssuedToken issued = accounts.issueToken(username, body.name(), Instant.now());
          return HttpResponse.created(
              new AccountViews.IssuedToken(
                  issued.token().id(), issued.token().name(), issued.secret()));
        });
  }

  /** Revokes an API token. */
  @Delete("/{username}/tokens/{id}")
  HttpResponse<?> revoke(String username, String id) {
    return answer(
        () -> {
          accounts.revokeToken(username, id);
          return HttpResponse.noContent();
        });
  }

  private AccountViews.AccountView view(Account account) {
    return AccountViews.of(account, accounts.tokens(account.username()));
  }

  private Account required(String username) {
    return accounts
        .find(username)
        .orElseThrow(() -> new NoSuchElementException(noSuchAccount(username)));
  }

  private static HttpResponse<?> answer(Supplier<HttpResponse<?>> change) {
    try {
      return change.get();
    } catch (NoSuchElementException e) {
      return HttpResponse.notFound(new ApiError(e.getMessage()));
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(new ApiError(e.getMessage()));
    }
  }

  private static String noSuchAccount(String username) {
    return "No account is called “" + username + "”.";
  }
}
