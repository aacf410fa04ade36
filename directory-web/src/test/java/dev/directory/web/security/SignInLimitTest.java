package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLimitTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void slowsDownAnAddressGuessingManyNames() {
    for (int i = 0; i < SignInPage.ATTEMPTS_PER_MINUTE; i++) {
      HttpClientResponseException wrong =
          assertThrows(HttpClientResponseException.class, () -> signIn("guess-" + Math.random()));
      assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
    }

    HttpClientResponseException limited =
        assertThrows(HttpClientResponseException.class, () -> signIn("admin"));

    assertEquals(HttpStatus.TOO_MANY_REQUESTS, limited.getStatus());
    assertTrue(
        limited
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("Too many sign-ins from your address"));
  }

  private void signIn(String username) {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST("/login", Map.of("username", username, "password", ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept("text/html")
                .header(SignedInTestClient.AS, "public"),
            String.class);
  }
}
