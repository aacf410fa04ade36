package dev.directory.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A staff account. {@code passwordHash} is bcrypt, or null for an account that signs in through the
 * identity provider only. A disabled account cannot sign in: that is how an admin locks one. {@code
 * officeId} is the mission office whose records the account looks after, if any.
 */
@MappedEntity("account")
public record Account(
    @Id String username,
    String displayName,
    @Nullable String email,
    Role role,
    @Nullable String passwordHash,
    boolean enabled,
    Instant createdAt,
    @Nullable String officeId) {

  /**
   * A short digest of the password hash, which a sign-in carries: a password set since makes every
   * earlier sign-in differ from the account, and so end.
   */
  public String credentialStamp() {
    if (passwordHash == null) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Account withPasswordHash(@Nullable String hash) {
    return new Account(username, displayName, email, role, hash, enabled, createdAt, officeId);
  }

  Account with(String displayName, @Nullable String email, Role role, boolean enabled) {
    return new Account(
        username, displayName, email, role, passwordHash, enabled, createdAt, officeId);
  }

  Account withOffice(@Nullable String office) {
    return new Account(
        username, displayName, email, role, passwordHash, enabled, createdAt, office);
  }
}
