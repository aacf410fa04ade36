package dev.directory.core.account;

import dev.directory.core.change.Writes;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API tokens of accounts: a program signs in with one instead of a password. Only a token's
 * hash is kept; its secret is shown once, when it is issued.
 */
@Singleton
public class ApiTokens {

  private static final String TOKEN_PREFIX = "dir_";
  private static final Duration TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

  private final Accounts accounts;
  private final AccountRepositories.Tokens tokens;
  private final Writes writes;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(Accounts accounts, AccountRepositories.Tokens tokens, Writes writes) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.writes = writes;
  }

  /** A token issued: what is kept of it, and its secret, which is not. */
  public record IssuedToken(ApiToken token, String secret) {}

  public IssuedToken issueToken(String username, String name, Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw Refused.of("name", ProblemCode.NAME_INVALID, 200);
    }
    String id = Accounts.randomText(random, 6);
    String secret = TOKEN_PREFIX + id + "_" + Accounts.randomText(random, 24);
    ApiToken token =
        writes.inTransaction(
            () -> {
              accounts.find(username).orElseThrow(() -> NotFound.named(username));
              return tokens.save(
                  new ApiToken(
                      id,
                      username,
                      name.strip(),
                      sha256(secret),
                      now.truncatedTo(ChronoUnit.MILLIS),
                      null));
            });
    return new IssuedToken(token, secret);
  }

  public List<ApiToken> tokens(String username) {
    return tokens.findByUsernameOrderByCreatedAt(username);
  }

  public void revokeToken(String username, String id) {
    writes.run(
        () ->
            tokens
                .findById(id)
                .filter(token -> token.username().equals(username))
                .ifPresentOrElse(
                    tokens::delete,
                    () -> {
                      throw NotFound.of(ProblemCode.TOKEN_NOT_FOUND, username, id);
                    }));
  }

  /**
   * The account {@code username} when {@code secret} is one of its tokens given as its password (an
   * app password, for programs that speak only a name and a password); empty for anything else.
   */
  public Optional<Account> appPassword(String username, String secret, Instant now) {
    return byToken(secret, now).filter(account -> account.username().equals(username));
  }

  /** Whether {@code secret} has the form of a token, so that it is looked up as one. */
  public static boolean looksLikeOne(@Nullable String secret) {
    return secret != null && secret.startsWith(TOKEN_PREFIX);
  }

  /**
   * The enabled account a token belongs to; empty for anything else. Its last use is recorded to
   * the minute, so a program's every request does not also write.
   */
  public Optional<Account> byToken(String secret, Instant now) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return tokens
        .findBySecretHash(sha256(secret))
        .flatMap(
            token -> {
              if (token.lastUsedAt() == null
                  || token.lastUsedAt().isBefore(now.minus(TOKEN_USE_RESOLUTION))) {
                // skipped while another writer (an import) holds the lock: kept next time
                writes.runIfFree(
                    () ->
                        tokens.update(
                            new ApiToken(
                                token.id(),
                                token.username(),
                                token.name(),
                                token.secretHash(),
                                token.createdAt(),
                                now.truncatedTo(ChronoUnit.MILLIS))));
              }
              return accounts.find(token.username());
            })
        .filter(Account::enabled);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
