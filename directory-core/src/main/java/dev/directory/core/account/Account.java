package dev.directory.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A staff account. {@code passwordHash} is bcrypt, or null for an account that signs in through the
 * identity provider only; failed sign-ins in a row lock it until {@code lockedUntil}.
 */
@MappedEntity("account")
public record Account(
    @Id String username,
    String displayName,
    @Nullable String email,
    Role role,
    @Nullable String passwordHash,
    boolean enabled,
    int failedSignIns,
    @Nullable Instant lockedUntil,
    Instant createdAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  Account withPasswordHash(@Nullable String hash) {
    return new Account(username, displayName, email, role, hash, enabled, 0, null, createdAt);
  }

  Account withFailures(int failures, @Nullable Instant until) {
    return new Account(
        username, displayName, email, role, passwordHash, enabled, failures, until, createdAt);
  }

  Account with(String displayName, @Nullable String email, Role role, boolean enabled) {
    return new Account(
        username,
        displayName,
        email,
        role,
        passwordHash,
        enabled,
        failedSignIns,
        lockedUntil,
        createdAt);
  }
}
