package dev.directory.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.problem.Conflict;
import dev.directory.core.problem.Problem;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class AccountsTest {

  private static final String PASSWORD = "correct horse battery";

  @Inject Accounts accounts;
  @Inject ApiTokens apiTokens;

  private final Instant now = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void keepsOnlyABcryptHashOfThePassword() {
    Account account = accounts.create("ana", "Ana", null, Role.EDITOR, PASSWORD, now);

    assertTrue(account.passwordHash().startsWith("$2a$10$"), account.passwordHash());
    assertInstanceOf(Accounts.SignIn.Success.class, accounts.signIn("Ana ", PASSWORD));
  }

  @Test
  void answersAnUnknownNameADisabledAccountAndAWrongPasswordAlike() {
    accounts.create("ben", "Ben", null, Role.VIEWER, PASSWORD, now);
    accounts.create("bea", "Bea", null, Role.VIEWER, PASSWORD, now);
    accounts.update("bea", "Bea", null, Role.VIEWER, false);

    assertEquals(new Accounts.SignIn.Failure(), accounts.signIn("nobody-here", PASSWORD));
    assertEquals(new Accounts.SignIn.Failure(), accounts.signIn("bea", PASSWORD));
    assertEquals(new Accounts.SignIn.Failure(), accounts.signIn("ben", "wrong password"));
  }

  @Test
  void refusesAPasswordLongerThanBcryptReadsAsWrongEvenWhenItBeginsWithTheRightOne() {
    accounts.create("bo", "Bo", null, Role.VIEWER, PASSWORD, now);
    String tooLong = PASSWORD + "x".repeat(100);

    assertEquals(new Accounts.SignIn.Failure(), accounts.signIn("bo", tooLong));
    assertEquals(new Accounts.SignIn.Failure(), accounts.signIn("nobody-here", tooLong));
  }

  @Test
  void neverLocksAnAccountHoweverOftenAStrangerGuesses() {
    accounts.create("bud", "Bud", null, Role.VIEWER, PASSWORD, now);
    for (int i = 0; i < 10; i++) {
      accounts.signIn("bud", "a stranger's guess " + i);
    }

    assertInstanceOf(Accounts.SignIn.Success.class, accounts.signIn("bud", PASSWORD));
  }

  @Test
  void spendsTheSameBcryptWorkOnAnUnknownNameAsOnAWrongPassword() {
    accounts.create("bix", "Bix", null, Role.VIEWER, PASSWORD, now);
    accounts.signIn("bix", "warm up the code paths");
    accounts.signIn("nobody-here", "warm up the code paths");

    long known = medianNanos(() -> accounts.signIn("bix", "wrong password"));
    long unknown = medianNanos(() -> accounts.signIn("nobody-here", "wrong password"));

    // bcrypt at cost 10 takes tens of milliseconds; a skipped check would take microseconds.
    double ratio = (double) unknown / known;
    assertTrue(ratio > 0.5 && ratio < 2, "unknown ÷ known = " + ratio);
  }

  @Test
  void aNewPasswordChangesTheStampThatSignInsCarry() {
    Account before = accounts.create("bev", "Bev", null, Role.VIEWER, PASSWORD, now);

    accounts.setPassword("bev", "another long password");

    Account after = accounts.find("bev").orElseThrow();
    assertNotEquals(before.credentialStamp(), after.credentialStamp());
  }

  private static long medianNanos(Runnable work) {
    long[] times = new long[5];
    for (int i = 0; i < times.length; i++) {
      long started = System.nanoTime();
      work.run();
      times[i] = System.nanoTime() - started;
    }
    Arrays.sort(times);
    return times[times.length / 2];
  }

  @Test
  void refusesAShortPasswordAndABadAddressSayingWhich() {
    Refused refused =
        assertThrows(
            Refused.class, () -> accounts.create("cy", "Cy", "cy@", Role.VIEWER, "short", now));

    assertEquals(
        "password: at least 12 characters; email: “cy@” is not an e-mail address",
        refused.getMessage());
    assertEquals(
        List.of("password.short", "email.invalid"),
        refused.problems().stream().map(Problem::code).toList());
  }

  @Test
  void findsTheAccountOfATokenAndForgetsARevokedOne() {
    accounts.create("dee", "Dee", null, Role.VIEWER, PASSWORD, now);
    ApiTokens.IssuedToken issued = apiTokens.issueToken("dee", "export script", now);

    assertEquals("dee", apiTokens.byToken(issued.secret(), now).orElseThrow().username());
    apiTokens.revokeToken("dee", issued.token().id());
    assertTrue(apiTokens.byToken(issued.secret(), now).isEmpty());
  }

  @Test
  void keepsTheLastAdmin() {
    accounts.create("eve", "Eve", null, Role.ADMIN, PASSWORD, now);
    accounts.all().stream()
        .filter(a -> a.role() == Role.ADMIN && !a.username().equals("eve"))
        .forEach(a -> accounts.delete(a.username()));

    assertThrows(Conflict.class, () -> accounts.delete("eve"));
    assertThrows(Conflict.class, () -> accounts.update("eve", "Eve", null, Role.VIEWER, true));
  }
}
