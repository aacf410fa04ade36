package dev.directory.web.account;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.core.account.Role;
import dev.directory.core.problem.NotFound;
import dev.directory.core.steward.AccountChanges;
import dev.directory.web.error.ApiError;
import dev.directory.web.error.ErrorResponses.NoSuchAccount;
import dev.directory.web.error.ErrorResponses.NotForYourRole;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/accounts} (admins): the staff accounts, their roles, passwords and API tokens.
 * Passwords go in and never come out; a token's secret is shown once, when it is issued.
 */
@Controller("/api/accounts")
@Tag(name = "Accounts")
@NotSignedIn
@NotForYourRole
@ExecuteOn(TaskExecutors.BLOCKING)
record AccountController(Accounts accounts, ApiTokens apiTokens, AccountChanges changes) {

  /**
   * A new account.
   *
   * @param password without one, the account signs in through the identity provider only (and its
   *     address books with an app password)
   */
  @Serdeable
  record NewAccount(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z0-9][a-z0-9._@-]{1,99}$")
          @Nullable
          String username,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String displayName,
      @Schema(format = "email") @Nullable String email,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"viewer", "editor", "admin"})
          @Nullable
          String role,
      @Schema(minLength = Accounts.MIN_PASSWORD) @Nullable String password) {}

  /**
   * What an admin changes on an account; what is left out stays.
   *
   * @param office the mission office the account belongs to; an empty text for none
   */
  @Serdeable
  record AccountChange(
      @Nullable String displayName,
      @Schema(format = "email") @Nullable String email,
      @Schema(allowableValues = {"viewer", "editor", "admin"}) @Nullable String role,
      @Nullable String office,
      @Nullable Boolean enabled) {}

  @Serdeable
  record PasswordChange(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = Accounts.MIN_PASSWORD)
          @Nullable
          String password) {}

  @Serdeable
  record NewToken(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name) {}

  /** Every account, by name: role, whether enabled, tokens (never a secret or hash). */
  @Get
  List<AccountViews.AccountView> listAccounts() {
    return accounts.all().stream().map(this::view).toList();
  }

  /** One account. */
  @NoSuchAccount
  @Get("/{username}")
  AccountViews.AccountView getAccount(String username) {
    return view(required(username));
  }

  /** Makes an account; 400 names each wrong field. */
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = AccountViews.AccountView.class)))
  @WrongValues
  @Post
  HttpResponse<AccountViews.AccountView> createAccount(@Body NewAccount body) {
    Account made =
        accounts.create(
            body.username(),
            body.displayName(),
            body.email(),
            Role.parse(body.role()),
            body.password(),
            Instant.now());
    // a new account has no office and no token yet: the answer is what was committed, read again
    // from nothing
    return HttpResponse.created(AccountViews.of(made, null, List.of()));
  }

  /** Changes an account's name, e-mail, role, office or whether it is enabled. */
  @WrongValues
  @NoSuchAccount
  @ApiResponse(
      responseCode = "409",
      description = "It would leave no enabled admin",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Put("/{username}")
  AccountViews.AccountView changeAccount(String username, @Body AccountChange body) {
    Account current = required(username);
    return view(
        changes.change(
            username,
            body.displayName() == null ? current.displayName() : body.displayName(),
            body.email() == null ? current.email() : body.email(),
            body.role() == null ? current.role() : Role.parse(body.role()),
            body.enabled() == null ? current.enabled() : body.enabled(),
            Optional.ofNullable(body.office())));
  }

  /** Sets a new password, which ends every sign-in made with the old one. */
  @ApiResponse(responseCode = "204", description = "Set")
  @WrongValues
  @NoSuchAccount
  @Put("/{username}/password")
  HttpResponse<Void> setPassword(String username, @Body PasswordChange body) {
    required(username);
    accounts.setPassword(username, body.password());
    return HttpResponse.noContent();
  }

  /** Deletes an account (never the last enabled admin). */
  @ApiResponse(responseCode = "204", description = "Deleted")
  @NoSuchAccount
  @ApiResponse(
      responseCode = "409",
      description = "It would leave no enabled admin",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Delete("/{username}")
  HttpResponse<Void> deleteAccount(String username) {
    required(username);
    accounts.delete(username);
    return HttpResponse.noContent();
  }

  /** Issues an API token: its secret is in this answer only. */
  @ApiResponse(
      responseCode = "201",
      description = "Issued: the secret is in this answer only",
      content = @Content(schema = @Schema(implementation = AccountViews.IssuedToken.class)))
  @WrongValues
  @NoSuchAccount
  @Post("/{username}/tokens")
  HttpResponse<AccountViews.IssuedToken> issueToken(String username, @Body NewToken body) {
    required(username);
    ApiTokens.IssuedToken issued = apiTokens.issueToken(username, body.name(), Instant.now());
    return HttpResponse.created(
        new AccountViews.IssuedToken(issued.token().id(), issued.token().name(), issued.secret()));
  }

  /** Revokes an API token. */
  @ApiResponse(responseCode = "204", description = "Revoked")
  @ApiResponse(
      responseCode = "404",
      description = "No token has that id",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @Delete("/{username}/tokens/{id}")
  HttpResponse<Void> revokeToken(String username, String id) {
    apiTokens.revokeToken(username, id);
    return HttpResponse.noContent();
  }

  private AccountViews.AccountView view(Account account) {
    return AccountViews.of(account, account.officeId(), apiTokens.tokens(account.username()));
  }

  private Account required(String username) {
    return accounts.find(username).orElseThrow(() -> NotFound.named(username));
  }
}
