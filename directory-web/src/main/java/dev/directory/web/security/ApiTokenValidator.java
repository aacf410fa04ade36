package dev.directory.web.security;

import dev.directory.core.account.ApiTokens;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Signs programs in with an API token ({@code Authorization: Bearer dir_…}), looked up by its hash
 * on the blocking executor. Tokens of other shapes are left to the other validators.
 */
@Singleton
final class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

  private final ApiTokens tokens;
  private final ExecutorService blocking;

  ApiTokenValidator(ApiTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.tokens = tokens;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    if (!token.startsWith("dir_")) {
      return Publishers.empty();
    }
    return Publishers.fromCompletableFuture(
        () ->
            CompletableFuture.supplyAsync(
                () ->
                    tokens
                        .byToken(token, Instant.now())
                        .map(
                            account ->
                                Authentication.build(
                                    account.username(),
                                    account.role().granted(),
                                    LocalSignIn.attributes(account)))
                        .orElse(null),
                blocking));
  }
}
