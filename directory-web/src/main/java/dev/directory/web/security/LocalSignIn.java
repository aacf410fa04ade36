package dev.directory.web.security;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.core.text.Controls;
import dev.directory.web.limit.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a name and password against the local accounts, for the sign-in page and for HTTP Basic on
 * every route (where an API token of the account is also taken as its password: an app password),
 * counting failures per client address for the {@link SignInThrottle}. A pair bcrypt accepted a
 * moment ago is accepted again without it ({@link KnownCredentials}). Runs on the blocking executor
 * (bcrypt and the database take time).
 */
@Singleton
final class LocalSignIn<B> implements HttpRequestExecutorAuthenticationProvider<B> {

  /** The attribute holding {@link Account#credentialStamp()}. */
  static final String STAMP = "stamp";

  private final Accounts accounts;
  private final ApiTokens apiTokens;
  private final SignInThrottle throttle;
  private final KnownCredentials known = new KnownCredentials(Clock.systemUTC());

  private final ClientAddresses addresses;

  LocalSignIn(
      Accounts accounts, ApiTokens apiTokens, SignInThrottle throttle, ClientAddresses addresses) {
    this.addresses = addresses;
    this.accounts = accounts;
    this.apiTokens = apiTokens;
    this.throttle = throttle;
  }

  @Override
  public AuthenticationResponse authenticate(
      @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    String address = request == null ? "unknown" : addresses.of(request);
    String username = credentials.getIdentity();
    if (throttle.waitBefore(address, username).isPresent()) {
      // The page and the Basic filter answer 429 before this; a try racing them is refused here.
      return AuthenticationResponse.failure(Accounts.WRONG);
    }
    String password = credentials.getSecret();
    if (unreadable(username) || unreadable(password)) {
      // no name or password holds a control character: refused as a wrong one, nothing looked up
      throttle.failed(address, username);
      return AuthenticationResponse.failure(Accounts.WRONG);
    }
    if (request != null && ApiTokens.looksLikeOne(password) && overBasic(request)) {
      return appPassword(address, username, password);
    }
    Optional<Account> recalled = known.recall(username, password, accounts::find);
    if (recalled.isPresent()) {
      return signedIn(recalled.get());
    }
    Accounts.SignIn result = accounts.signIn(username, password);
    if (result instanceof Accounts.SignIn.Success success) {
      throttle.succeeded(address, username);
      known.remember(username, password, success.account());
      return signedIn(success.account());
    }
    throttle.failed(address, username);
    return AuthenticationResponse.failure(Accounts.WRONG);
  }

  /**
   * An API token given as the password of HTTP Basic, with the name of the account it belongs to:
   * an app password, for an address book on a phone or in a mail program (which speak only Basic),
   * also where the account signs in through the identity provider and has no password.
   */
  private AuthenticationResponse appPassword(String address, String username, String token) {
    Optional<Account> account = apiTokens.appPassword(username, token, Instant.now());
    if (account.isPresent()) {
      throttle.succeeded(address, username);
      return signedIn(account.get());
    }
    throttle.failed(address, username);
    return AuthenticationResponse.failure(Accounts.WRONG);
  }

  private static boolean overBasic(HttpRequest<?> request) {
    String authorization = request.getHeaders().getAuthorization().orElse("");
    return authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static boolean unreadable(@Nullable String credential) {
    return credential != null && Controls.find(credential, false).isPresent();
  }

  /** What the rest of the application knows of a signed-in account. */
  static AuthenticationResponse signedIn(Account account) {
    return AuthenticationResponse.success(
        account.username(), account.role().granted(), attributes(account));
  }

  /**
   * The name and role shown on pages, and the stamp of the password signed in with: a sign-in
   * cookie holds while its account's role and stamp are still these.
   */
  static Map<String, Object> attributes(Account account) {
    return Map.of(
        "name",
        account.displayName(),
        "role",
        account.role().code(),
        STAMP,
        account.credentialStamp());
  }
}
