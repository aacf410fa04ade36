package dev.directory.web.security;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/**
 * Checks a name and password against the local accounts, for the sign-in page and for HTTP Basic on
 * every route. Runs on the blocking executor (bcrypt and the database take time).
 */
@Singleton
final class LocalSignIn<B> implements HttpRequestExecutorAuthenticationProvider<B> {

  private final Accounts accounts;

  LocalSignIn(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public AuthenticationResponse authenticate(
      @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    Accounts.SignIn result =
        accounts.signIn(credentials.getIdentity(), credentials.getSecret(), Instant.now());
    if (result instanceof Accounts.SignIn.Success success) {
      return signedIn(success.account());
    }
    return AuthenticationResponse.failure(((Accounts.SignIn.Failure) result).message());
  }

  /** What the rest of the application knows of a signed-in account. */
  static AuthenticationResponse signedIn(Account account) {
    return AuthenticationResponse.success(
        account.username(), account.role().granted(), attributes(account));
  }

  /** The name and role shown on pages. */
  static Map<String, Object> attributes(Account account) {
    return Map.of("name", account.displayName(), "role", account.role().code());
  }
}
