package dev.directory.web.security;

import dev.directory.core.account.Account;
import dev.directory.core.account.Accounts;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Who someone signed in through the identity provider (OpenID Connect) is here: the enabled local
 * account with their verified e-mail address, with its role. Someone without such an account is
 * refused: signing in elsewhere grants nothing here until an admin makes the account.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class) // for every provider: no name of one here
final class IdentityProviderAccounts implements OpenIdAuthenticationMapper {

  private final Accounts accounts;
  private final ExecutorService blocking;

  IdentityProviderAccounts(
      Accounts accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.accounts = accounts;
    this.blocking = blocking;
  }

  @Override
  public Publisher<AuthenticationResponse> createAuthenticationResponse(
      String providerName,
      OpenIdTokenResponse tokenResponse,
      OpenIdClaims claims,
      @Nullable State state) {
    return Publishers.fromCompletableFuture(
        () -> CompletableFuture.supplyAsync(() -> respond(claims), blocking));
  }

  AuthenticationResponse respond(OpenIdClaims claims) {
    String email = claims.getEmail();
    if (email == null || Boolean.FALSE.equals(claims.isEmailVerified())) {
      return AuthenticationResponse.failure(
          "The identity provider gave no verified e-mail address to find your account by.");
    }
    Optional<Account> account = accounts.findByEmail(email.strip()).filter(Account::enabled);
    return account
        .map(LocalSignIn::signedIn)
        .orElseGet(
            () ->
                AuthenticationResponse.failure(
                    "No account here has the address " + email + "; ask an admin for one."));
  }
}
