package dev.directory.core.account;

import dev.directory.core.change.Writes;
import dev.directory.core.contact.Email;
import dev.directory.core.problem.Conflict;
import dev.directory.core.problem.InvalidValue;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts: passwords hashed with bcrypt, sign-ins that answer an unknown name, a disabled
 * account and a wrong password alike and in the same time, and API tokens whose secrets are shown
 * once and kept only as a hash. Repeated failures are slowed down by the caller, per client address
 * (a count kept here, per account, would let anyone lock anyone out).
 */
@Singleton
public class Accounts {

  public static final int MIN_PASSWORD = Passwords.MIN_LENGTH;

  /** What a sign-in that failed says, whatever the reason: it never tells which names exist. */
  public static final String WRONG = "The name or the password is not right.";

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

  private final AccountRepositories.Rows accounts;
  private final Writes writes;
  private final SecureRandom random = new SecureRandom();

  Accounts(AccountRepositories.Rows accounts, Writes writes) {
    this.accounts = accounts;
    this.writes = writes;
  }

  /** What a sign-in came to. */
  public sealed interface SignIn {
    record Success(Account account) implements SignIn {}

    /** Wrong name or password, or a disabled account: never says which. */
    record Failure() implements SignIn {}
  }

  /** An API token just made: {@code secret} is all a program needs, and is shown only now. */
  public boolean any() {
    return accounts.count() > 0;
  }

  public Optional<Account> find(String username) {
    return accounts.findById(username);
  }

  public Optional<Account> findByEmail(String email) {
    return accounts.findByEmail(email);
  }

  public List<Account> all() {
    return accounts.findAllOrderByUsername();
  }

  /**
   * @param password null for an account that signs in through the identity provider only
   * @throws Refused naming each wrong field
   */
  public Account create(
      String username,
      String displayName,
      @Nullable String email,
      Role role,
      @Nullable String password,
      Instant now) {
    List<Problem> problems = new ArrayList<>();
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    boolean nameValid = USERNAME.matcher(name).matches();
    if (!nameValid) {
      problems.add(Problem.of("username", ProblemCode.USERNAME_INVALID));
    }
    String hash = null;
    if (password != null) {
      hash = Passwords.hashOrProblem(password, problems);
    }
    Account account =
        new Account(
            name,
            displayName(displayName, problems),
            email(email, problems),
            role,
            hash,
            true,
            now.truncatedTo(ChronoUnit.MILLIS),
            null);
    // the password is hashed before the writer lock is taken: bcrypt takes a while
    return writes.inTransaction(
        () -> {
          if (nameValid && accounts.existsById(name)) {
            problems.add(0, Problem.of("username", ProblemCode.ID_TAKEN, name));
          }
          refuse(problems);
          return accounts.save(account);
        });
  }

  /**
   * @throws Refused naming each wrong field
   * @throws Conflict when the change would leave no enabled admin
   */
  public Account update(
      String username, String displayName, @Nullable String email, Role role, boolean enabled) {
    return writes.inTransaction(
        () -> {
          Account current = require(username);
          List<Problem> problems = new ArrayList<>();
          Account changed =
              current.with(
                  displayName(displayName, problems), email(email, problems), role, enabled);
          refuse(problems);
          if ((role != Role.ADMIN || !enabled) && isLastAdmin(current)) {
            throw new Conflict(Problem.of(null, ProblemCode.LAST_ADMIN, username));
          }
          return accounts.update(changed);
        });
  }

  /** Sets a new password, which ends every sign-in made with the old one. */
  public void setPassword(String username, String password) {
    List<Problem> problems = new ArrayList<>();
    String hash = Passwords.hashOrProblem(password, problems);
    refuse(problems);
    writes.run(() -> accounts.update(require(username).withPasswordHash(hash)));
  }

  public void delete(String username) {
    writes.run(
        () -> {
          Account account = require(username);
          if (isLastAdmin(account)) {
            throw new Conflict(Problem.of(null, ProblemCode.LAST_ADMIN, username));
          }
          accounts.delete(account);
        });
  }

  /**
   * Checks a name and password. Every answer costs one bcrypt check, whether the name is known or
   * not, the account enabled or not, and however long the password (bcrypt reads 72 bytes: a longer
   * one was never set, so it is wrong).
   */
  public SignIn signIn(String username, String password) {
    Optional<Account> found =
        username == null ? Optional.empty() : find(username.strip().toLowerCase(Locale.ROOT));
    Optional<Account> usable = found.filter(Account::enabled);
    String hash = usable.map(Account::passwordHash).orElse(null);
    if (Passwords.matches(password, hash)) {
      return new SignIn.Success(usable.get());
    }
    return new SignIn.Failure();
  }

  /**
   * Makes the account one of an office's (null: of none). Call inside a transaction that has
   * checked the office exists.
   *
   * @throws NotFound when there is no such account
   */
  public void setOffice(String username, @Nullable String officeId) {
    accounts.update(require(username).withOffice(officeId));
  }

  /** A password made for the first admin when none was given: 20 letters and digits. */
  public String randomPassword() {
    return randomText(random, 15);
  }

  private boolean isLastAdmin(Account account) {
    return account.role() == Role.ADMIN
        && account.enabled()
        && all().stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).count() == 1;
  }

  private Account require(String username) {
    return find(username).orElseThrow(() -> NotFound.named(username));
  }

  private static String displayName(String displayName, List<Problem> problems) {
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
      problems.add(Problem.of("displayName", ProblemCode.NAME_INVALID, 200));
      return "";
    }
    return displayName.strip();
  }

  private static @Nullable String email(@Nullable String email, List<Problem> problems) {
    if (email == null || email.isBlank()) {
      return null;
    }
    try {
      return Email.normalize(email);
    } catch (IllegalArgumentException e) {
      problems.add(InvalidValue.problemOf("email", e));
      return null;
    }
  }

  private static void refuse(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
  }

  static String randomText(SecureRandom random, int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw)
        .replace('-', 'x')
        .replace('_', 'y');
  }
}
