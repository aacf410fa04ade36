package dev.directory.web.account;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.core.account.Role;
import dev.directory.core.problem.Conflict;
import dev.directory.core.problem.Forbidden;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.saved.SavedSearches;
import dev.directory.core.steward.AccountChanges;
import dev.directory.core.watch.WatchDigests;
import dev.directory.core.watch.Watches;
import dev.directory.web.page.Pages;
import dev.directory.web.record.Records;
import dev.directory.web.security.Csrf;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account pages: admins list, add and manage accounts at /accounts; everyone manages their own
 * password and API tokens at /account. Every form carries the sign-in cookie's token.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
record AccountPages(
    Accounts accounts,
    ApiTokens apiTokens,
    Records records,
    Pages pages,
    Csrf csrf,
    AccountChanges changes,
    SavedSearches saved,
    Watches watches,
    WatchDigests digests) {

  @Get("/accounts")
  HttpResponse<String> list() {
    return listing(HttpStatus.OK, null);
  }

  @Post("/accounts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> add(@Body Map<String, String> form, HttpRequest<?> request) {
    csrf.check(request, form.get(Csrf.FIELD));
    try {
      String password = form.get("password");
      Account account =
          accounts.create(
              form.get("username"),
              form.get("displayName"),
              form.get("email"),
              Role.parse(form.get("role")),
              password == null || password.isEmpty() ? null : password,
              Instant.now());
      return HttpResponse.seeOther(URI.create("/accounts/" + account.username()));
    } catch (Refused e) {
      // Not an error page: the same form again, saying what was wrong.
      return listing(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @Get("/accounts/{username}")
  HttpResponse<String> manage(String username) {
    return show(username, true, HttpStatus.OK, null, null);
  }

  @Post("/accounts/{username}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> change(
      String username, @Body Map<String, String> form, HttpRequest<?> request) {
    csrf.check(request, form.get(Csrf.FIELD));
    return act(username, true, form);
  }

  @Get("/account")
  HttpResponse<String> own(Principal me) {
    return show(me.getName(), false, HttpStatus.OK, null, null);
  }

  @Post("/account")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> changeOwn(
      @Body Map<String, String> form, HttpRequest<?> request, Principal me) {
    csrf.check(request, form.get(Csrf.FIELD));
    return act(me.getName(), false, form);
  }

  private static final String ACTIONS = "details, password, token, revoke, delete";

  /** One form's action: details, password, token, revoke, delete (the last only by an admin). */
  private HttpResponse<String> act(String username, boolean admin, Map<String, String> form) {
    if (accounts.find(username).isEmpty()) {
      throw NotFound.named(username);
    }
    String base = admin ? "/accounts/" + username : "/account";
    try {
      switch (form.getOrDefault("action", "")) {
        case "details" -> {
          if (!admin) {
            throw new Forbidden("Only an admin changes names and roles.");
          }
          changes.change(
              username,
              form.get("displayName"),
              form.get("email"),
              Role.parse(form.get("role")),
              form.containsKey("enabled"),
              Optional.of(form.getOrDefault("office", "")));
          return show(username, admin, HttpStatus.OK, "Saved.", null);
        }
        case "password" -> {
          accounts.setPassword(username, form.get("password"));
          return show(
              username,
              admin,
              HttpStatus.OK,
              "The new password is set; every sign-in made with the old one has ended.",
              null);
        }
        case "token" -> {
          ApiTokens.IssuedToken issued =
              apiTokens.issueToken(username, form.get("name"), Instant.now());
          return show(
              username,
              admin,
              HttpStatus.OK,
              null,
              new AccountViews.IssuedToken(
                  issued.token().id(), issued.token().name(), issued.secret()));
        }
        case "revoke" -> {
          apiTokens.revokeToken(username, form.get("token"));
          return HttpResponse.seeOther(URI.create(base));
        }
        case "delete" -> {
          if (!admin) {
            throw new Forbidden("Only an admin deletes accounts.");
          }
          accounts.delete(username);
          return HttpResponse.seeOther(URI.create("/accounts"));
        }
        default -> throw Refused.of("action", ProblemCode.REQUIRED_CHOICE, ACTIONS);
      }
    } catch (Refused | Conflict e) {
      // Not an error page: the account's page again, saying what was wrong.
      return show(
          username,
          admin,
          e instanceof Refused ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
          e.getMessage(),
          null);
    }
  }

  private HttpResponse<String> show(
      String username,
      boolean admin,
      HttpStatus status,
      @Nullable String message,
      @Nullable AccountViews.IssuedToken issued) {
    return accounts
        .find(username)
        .<HttpResponse<String>>map(
            account ->
                pages.render(
                    status,
                    "account",
                    new AccountPage(
                        AccountViews.of(account, account.officeId(), apiTokens.tokens(username)),
                        records.officeRefs(),
                        admin,
                        admin ? "/accounts/" + username : "/account",
                        message,
                        issued,
                        admin ? List.of() : saved.of(username),
                        admin ? List.of() : watches.of(username),
                        digests.frequency(username).code())))
        .orElseThrow(() -> NotFound.named(username));
  }

  private HttpResponse<String> listing(HttpStatus status, @Nullable String message) {
    return pages.render(
        status,
        "accounts",
        new AccountPage.Listing(
            accounts.all().stream()
                .map(a -> AccountViews.of(a, a.officeId(), apiTokens.tokens(a.username())))
                .toList(),
            message));
  }
}
