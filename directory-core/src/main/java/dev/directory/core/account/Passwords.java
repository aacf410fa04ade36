package dev.directory.core.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Passwords as bcrypt keeps them: what a new one must be, and checking one against its hash. */
final class Passwords {

  static final int MIN_LENGTH = 12;

  private static final int COST = 10;

  /** bcrypt reads no more of a password. */
  private static final int MAX_BYTES = 72;

  /**
   * Checked when there is no hash to check against, so that an unknown name costs the same bcrypt
   * work as a wrong password.
   */
  private static final byte[] NO_HASH =
      BCrypt.withDefaults()
          .hash(COST, "no account has this password".getBytes(StandardCharsets.UTF_8));

  private Passwords() {}

  /** The hash of a new password, or null with a problem saying why it will not do. */
  static String hashOrProblem(String password, List<Problem> problems) {
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(Problem.of("password", ProblemCode.PASSWORD_SHORT, MIN_LENGTH));
      return null;
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      problems.add(Problem.of("password", ProblemCode.PASSWORD_LONG, MAX_BYTES));
      return null;
    }
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  /**
   * Whether {@code password} is the one {@code hash} was made from. It costs one bcrypt check
   * whatever the answer, with no hash too, and a password longer than bcrypt reads was never set,
   * so it is wrong.
   */
  static boolean matches(@Nullable String password, @Nullable String hash) {
    byte[] given = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
    boolean tooLong = given.length > MAX_BYTES;
    byte[] expected = hash != null && !tooLong ? hash.getBytes(StandardCharsets.UTF_8) : NO_HASH;
    boolean verified =
        BCrypt.verifyer()
            .verify(tooLong ? Arrays.copyOf(given, MAX_BYTES) : given, expected)
            .verified;
    return verified && expected != NO_HASH;
  }
}
