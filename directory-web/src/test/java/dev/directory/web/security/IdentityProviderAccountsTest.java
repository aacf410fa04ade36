package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.web.TemporaryHome;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.token.response.JWTOpenIdClaims;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who someone signed in through the identity provider is here. The provider's claims are made in
 * the test: the provider is the one part not run here.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderAccountsTest implements TemporaryHome {

  @Inject IdentityProviderAccounts mapper;
  @Inject Accounts accounts;

  @Test
  void signsInTheAccountWithTheVerifiedAddressWithItsRole() {
    accounts.create("lucia", "Lucía", "lucia@example.org", Role.EDITOR, null, Instant.now());

    AuthenticationResponse response = mapper.respond(claims("lucia@example.org", true));

    assertTrue(response.isAuthenticated());
    assertEquals("lucia", response.getAuthentication().orElseThrow().getName());
    assertTrue(response.getAuthentication().orElseThrow().getRoles().contains("editor"));
  }

  @Test
  void refusesSomeoneWithoutAnAccountOrWithAnUnverifiedAddress() {
    AuthenticationResponse stranger = mapper.respond(claims("stranger@example.org", true));
    assertFalse(stranger.isAuthenticated());
    assertEquals(
        "No account here has the address stranger@example.org; ask an admin for one.",
        stranger.getMessage().orElseThrow());

    accounts.create("mateo", "Mateo", "mateo@example.org", Role.VIEWER, null, Instant.now());
    assertFalse(mapper.respond(claims("mateo@example.org", false)).isAuthenticated());
  }

  private static JWTOpenIdClaims claims(String email, boolean verified) {
    return new JWTOpenIdClaims(
        new JWTClaimsSet.Builder()
            .subject("provider-id")
            .claim("email", email)
            .claim("email_verified", verified)
            .build());
  }
}
