package dev.directory.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class AccountsTest {

  private static final String PASSWORD = "correct horse battery";

  @Inject Accounts accounts;

  private final Instant now = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void keepsOnlyABcryptHashOfThePassword() {
    Account account = accounts.create("ana", "Ana", null, Role.EDITOR, PASSWORD, now);

    assertTrue(account.passwordHash().startsWith("$2a$10$"), account.passwordHash());
    assertInstanceOf(Accounts.SignIn.Success.class, accounts.signIn("Ana ", PASSWORD, now));
  }

  @Test
  void locksAnAccountAfterFiveFailuresInARowEvenForTheRightPassword() {
    accounts.create("ben", "Ben", null, Role.VIEWER, PASSWORD, now);
    for (int i = 0; i < Accounts.FAILURES_BEFORE_LOCK; i++) {
      accounts.signIn("ben", "wrong password", now);
    }

    Accounts.SignIn locked = accounts.signIn("ben", PASSWORD, now.plusSeconds(60));
    assertEquals(
        "Too many failed sign-ins: “ben” is locked until 2026-11-29T12:15:00Z.",
        ((Accounts.SignIn.Failure) locked).message());
    assertInstanceOf(
        Accounts.SignIn.Success.class,
        accounts.signIn("ben", PASSWORD, now.plus(Accounts.LOCK).plusSeconds(1)));
  }

  @Test
  void refusesAShortPasswordAndABadAddressSayingWhich() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> accounts.create("cy", "Cy", "cy@", Role.VIEWER, "short", now));

    assertEquals(
        "password: at least 12 characters; email: \"cy@\" is not an e-mail address.",
        refused.getMessage());
  }

  @Test
  void findsTheAccountOfATokenAndForgetsARevokedOne() {
    accounts.create("dee", "Dee", null, Role.VIEWER, PASSWORD, now);
    Accounts.IssuedToken issued = accounts.issueToken("dee", "export script", now);

    assertEquals("dee", accounts.byToken(issued.secret(), now).orElseThrow().username());
    accounts.revokeToken("dee", issued.token().id());
    assertTrue(accounts.byToken(issued.secret(), now).isEmpty());
  }

  @Test
  void keepsTheLastAdmin() {
    accounts.create("eve", "Eve", null, Role.ADMIN, PASSWORD, now);
    accounts.all().stream()
        .filter(a -> a.role() == Role.ADMIN && !a.username().equals("eve"))
        .forEach(a -> accounts.delete(a.username()));

    assertThrows(IllegalArgumentException.class, () -> accounts.delete("eve"));
    assertThrows(
        IllegalArgumentException.class,
        () -> accounts.update("eve", "Eve", null, Role.VIEWER, true));
  }
}
