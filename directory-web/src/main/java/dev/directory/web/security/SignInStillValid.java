package dev.directory.web.security;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.web.error.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.Optional;

/**
 * A sign-in cookie lasts a working day; an account disabled, deleted, given another role or a new
 * password meanwhile must not keep its old rights that long. Each request carrying the cookie is
 * checked against the account as it is now (HTTP Basic and API tokens are looked up on every
 * request anyway; static files hold nothing to protect); a cookie that no longer holds is cleared
 * and its bearer sent to sign in again.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
record SignInStillValid(Accounts accounts) implements Ordered {

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
        || request.getPath().startsWith("/static/")
        || request.getCookies().findCookie(Csrf.SIGN_IN_COOKIE).isEmpty()) {
      return null;
    }
    Optional<Authentication> signedIn = request.getUserPrincipal(Authentication.class);
    if (signedIn.isEmpty() || holds(signedIn.get())) {
      return null;
    }
    boolean page = request.getHeaders().accept().contains(MediaType.TEXT_HTML_TYPE);
    MutableHttpResponse<?> response =
        page
            ? HttpResponse.seeOther(URI.create("/login"))
            : HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .body(
                    ApiError.of("Your sign-in is no longer valid: sign in again.", "unauthorized"));
    return response.cookie(Cookie.of(Csrf.SIGN_IN_COOKIE, "").path("/").maxAge(0));
  }

  private boolean holds(Authentication authentication) {
    Object role = authentication.getAttributes().get("role");
    return accounts
        .find(authentication.getName())
        .filter(Account::enabled)
        .filter(account -> account.role().code().equals(role))
        .filter(
            account ->
                account
                    .credentialStamp()
                    .equals(authentication.getAttributes().get(LocalSignIn.STAMP)))
        .isPresent();
  }
}
