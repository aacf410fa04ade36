package dev.directory.web.security;

import dev.directory.core.account.Account;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names and passwords that bcrypt accepted a little while ago. A program signing in with HTTP Basic
 * sends its password with every request; checking bcrypt each time would cost tens of milliseconds
 * of CPU per request and let a few such clients starve everyone else. A pair seen within {@link
 * #REMEMBERED} is accepted again while its account is still enabled and still has the password it
 * was seen with. Pairs are kept only as a keyed hash (HMAC-SHA256 with a key made at start), never
 * as the password; failures are never kept.
 */
final class KnownCredentials {

  static final Duration REMEMBERED = Duration.ofMinutes(5);
  private static final int MAX_KEPT = 10_000;

  private record Seen(String username, String stamp, Instant until) {}

  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final InstantSource clock;

  KnownCredentials(InstantSource clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /**
   * The account of a pair accepted recently, looked up afresh by {@code find}; empty when the pair
   * was not seen, has expired, or its account has since been disabled or given another password.
   */
  Optional<Account> recall(
      String username, String password, Function<String, Optional<Account>> find) {
    String pair = digest(username, password);
    Seen known = seen.get(pair);
    if (known == null) {
      return Optional.empty();
    }
    Optional<Account> account =
        known.until().isAfter(clock.instant())
            ? find.apply(known.username())
                .filter(Account::enabled)
                .filter(a -> a.credentialStamp().equals(known.stamp()))
            : Optional.empty();
    if (account.isEmpty()) {
      seen.remove(pair);
    }
    return account;
  }

  void remember(String username, String password, Account account) {
    Instant now = clock.instant();
    if (seen.size() >= MAX_KEPT) {
      seen.values().removeIf(known -> !known.until().isAfter(now));
      if (seen.size() >= MAX_KEPT) {
        return;
      }
    }
    seen.put(
        digest(username, password),
        new Seen(account.username(), account.credentialStamp(), now.plus(REMEMBERED)));
  }

  private String digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of()
          .formatHex(mac.doFinal(String.valueOf(password).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
