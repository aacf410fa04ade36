package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Account;
import dev.directory.core.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownCredentialsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private final Map<String, Account> stored = new HashMap<>();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final KnownCredentials known = new KnownCredentials(() -> clock.instant());

  @Test
  void acceptsAPairBcryptAcceptedAMomentAgo() {
    Account ada = store(account("ada", "$2a$10$first", true));
    known.remember("ada", "the password", ada);

    assertEquals(Optional.of(ada), known.recall("ada", "the password", this::find));
  }

  @Test
  void neverAcceptsAnotherPassword() {
    known.remember("ada", "the password", store(account("ada", "$2a$10$first", true)));

    assertTrue(known.recall("ada", "the password?", this::find).isEmpty());
    assertTrue(known.recall("adam", "the password", this::find).isEmpty());
  }

  @Test
  void forgetsThePairWhenThePasswordChangesOrTheAccountIsDisabled() {
    known.remember("ada", "the password", store(account("ada", "$2a$10$first", true)));
    known.remember("bo", "his password", store(account("bo", "$2a$10$bo", true)));

    store(account("ada", "$2a$10$second", true));
    store(account("bo", "$2a$10$bo", false));

    assertTrue(known.recall("ada", "the password", this::find).isEmpty());
    assertTrue(known.recall("bo", "his password", this::find).isEmpty());
  }

  @Test
  void forgetsThePairAfterFiveMinutes() {
    known.remember("ada", "the password", store(account("ada", "$2a$10$first", true)));

    clock = Clock.fixed(NOW.plus(KnownCredentials.REMEMBERED).plusSeconds(1), ZoneOffset.UTC);

    assertTrue(known.recall("ada", "the password", this::find).isEmpty());
  }

  private Optional<Account> find(String username) {
    return Optional.ofNullable(stored.get(username));
  }

  private Account store(Account account) {
    stored.put(account.username(), account);
    return account;
  }

  private static Account account(String username, String hash, boolean enabled) {
    return new Account(username, username, null, Role.VIEWER, hash, enabled, NOW, null);
  }
}
