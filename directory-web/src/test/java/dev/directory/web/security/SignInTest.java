package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.ApiTokens;
import dev.directory.core.account.Role;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Signing in and out through the page, with API tokens, and the forms' protection. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Accounts accounts;
  @Inject ApiTokens apiTokens;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(Map.of("micronaut.http.client.follow-redirects", "false"));
  }

  @Test
  void signsInThroughThePageWithAnHttpOnlySameSiteCookie() {
    HttpResponse<String> signedIn = signIn("admin", ADMIN_PASSWORD);

    assertEquals(HttpStatus.SEE_OTHER, signedIn.getStatus());
    String cookie = signedIn.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertTrue(cookie.startsWith("JWT="), cookie);
    assertTrue(cookie.contains("HTTPOnly") && cookie.contains("SameSite=Lax"), cookie);
    assertTrue(cookie.contains("Max-Age=28800"), cookie);
    String page = page("/", cookie(signedIn));
    assertTrue(page.contains("Administrator · admin"), "the layout names who is signed in");
  }

  @Test
  void endsTheSignInOfAnAccountDisabledMeanwhile() {
    accounts.create("gus", "Gus", null, Role.EDITOR, ADMIN_PASSWORD, Instant.now());
    String cookie = cookie(signIn("gus", ADMIN_PASSWORD));
    assertTrue(page("/", cookie).contains("Gus · editor"));

    accounts.update("gus", "Gus", null, Role.EDITOR, false);

    assertSentToSignInAgain(cookie);
  }

  @Test
  void returnsToThePageThatAskedForSignIn() {
    HttpResponse<String> asked =
        client
            .toBlocking()
            .exchange(anonymous(HttpRequest.GET("/inquiries")).accept(HTML), String.class);
    assertEquals("/login", asked.getHeaders().get(HttpHeaders.LOCATION));
    String remembered = cookie(asked);

    HttpResponse<String> signedIn = signIn("admin", ADMIN_PASSWORD, remembered);

    assertEquals("/inquiries", signedIn.getHeaders().get(HttpHeaders.LOCATION));
  }

  @Test
  void saysWhyASignInWasRefused() {
    accounts.create("fay", "Fay", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());

    HttpClientResponseException wrong =
        assertThrows(HttpClientResponseException.class, () -> signIn("fay", "not the password"));

    assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
    assertTrue(body(wrong).contains("The name or the password is not right."));
  }

  @Test
  void refusesASignInFormThatDidNotComeFromTheSignInPage() {
    HttpClientResponseException forged =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        anonymous(
                                HttpRequest.POST(
                                        "/login",
                                        Map.of("username", "admin", "password", ADMIN_PASSWORD))
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                            .accept(HTML),
                        String.class));

    assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
    assertTrue(body(forged).contains("did not come from this site"));
  }

  @Test
  void endsTheSignInsOfAnAccountWhosePasswordWasChanged() {
    accounts.create("hal", "Hal", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());
    String cookie = cookie(signIn("hal", ADMIN_PASSWORD));
    assertTrue(page("/", cookie).contains("Hal · viewer"));

    accounts.setPassword("hal", "a new long password");

    assertSentToSignInAgain(cookie);
  }

  @Test
  void refusesAFormSentWithTheCookieButWithoutItsToken() {
    String cookie = cookie(signIn("admin", ADMIN_PASSWORD));
    Map<?, ?> receipt =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/inquiries",
                    Map.of(
                        "name", "Ana",
                        "email", "ana@example.org",
                        "subject", "Chile",
                        "message", "Comment?")),
                Map.class);
    String path = "/inquiries/" + receipt.get("id");

    HttpClientResponseException forged =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(form(path, Map.of("note", "forged"), cookie)));
    assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());

    String token = csrfToken(page(path, cookie));
    HttpResponse<String> sent =
        client
            .toBlocking()
            .exchange(form(path, Map.of("note", "real", "csrf", token), cookie), String.class);
    assertEquals(HttpStatus.SEE_OTHER, sent.getStatus());
  }

  @Test
  void signsOutByClearingTheCookie() {
    String cookie = cookie(signIn("admin", ADMIN_PASSWORD));
    String token = csrfToken(page("/", cookie));

    HttpResponse<String> signedOut =
        client.toBlocking().exchange(form("/logout", Map.of("csrf", token), cookie), String.class);

    assertEquals(HttpStatus.SEE_OTHER, signedOut.getStatus());
    assertEquals("/login", signedOut.getHeaders().get(HttpHeaders.LOCATION));
    assertTrue(signedOut.getHeaders().get(HttpHeaders.SET_COOKIE).contains("Max-Age=0"));
  }

  @Test
  void refusesASignOutFormWithoutItsToken() {
    String cookie = cookie(signIn("admin", ADMIN_PASSWORD));

    HttpClientResponseException forged =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(form("/logout", Map.of(), cookie), String.class));

    assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
    assertTrue(page("/", cookie).contains("Administrator · admin"), "still signed in");
  }

  @Test
  void letsAProgramInWithAnApiTokenUntilItIsRevoked() {
    ApiTokens.IssuedToken issued = apiTokens.issueToken("admin", "nightly export", Instant.now());
    MutableHttpRequest<?> search =
        anonymous(HttpRequest.GET("/api/search?q=santos")).bearerAuth(issued.secret());

    assertEquals(HttpStatus.OK, client.toBlocking().exchange(search).getStatus());
    apiTokens.revokeToken("admin", issued.token().id());
    HttpClientResponseException revoked =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        anonymous(HttpRequest.GET("/api/search?q=santos"))
                            .bearerAuth(issued.secret())));
    assertEquals(HttpStatus.UNAUTHORIZED, revoked.getStatus());
  }

  /** A page asked for with the cookie sends the browser to sign in, and clears the cookie. */
  private void assertSentToSignInAgain(String cookie) {
    HttpResponse<String> refused =
        client
            .toBlocking()
            .exchange(
                anonymous(HttpRequest.GET("/")).accept(HTML).header(HttpHeaders.COOKIE, cookie),
                String.class);
    assertEquals("/login", refused.getHeaders().get(HttpHeaders.LOCATION));
    assertTrue(refused.getHeaders().get(HttpHeaders.SET_COOKIE).contains("Max-Age=0"));
  }

  /** Signs in as a browser does: the sign-in page first, for its form's cookie and token. */
  private HttpResponse<String> signIn(String username, String password) {
    return signIn(username, password, null);
  }

  private HttpResponse<String> signIn(String username, String password, String moreCookies) {
    HttpResponse<String> page =
        client
            .toBlocking()
            .exchange(anonymous(HttpRequest.GET("/login")).accept(HTML), String.class);
    String cookies = cookie(page) + (moreCookies == null ? "" : "; " + moreCookies);
    return client
        .toBlocking()
        .exchange(
            anonymous(
                    HttpRequest.POST(
                            "/login",
                            Map.of(
                                "username",
                                username,
                                "password",
                                password,
                                "csrf",
                                csrfToken(page.body())))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .accept(HTML)
                .header(HttpHeaders.COOKIE, cookies),
            String.class);
  }

  private static String csrfToken(String page) {
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertTrue(token.find(), "the page's form carries its token");
    return token.group(1);
  }

  private MutableHttpRequest<Map<String, String>> form(
      String path, Map<String, String> fields, String cookie) {
    return anonymous(
            HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED))
        .accept(HTML)
        .header(HttpHeaders.COOKIE, cookie);
  }

  private String page(String path, String cookie) {
    return client
        .toBlocking()
        .retrieve(anonymous(HttpRequest.GET(path)).accept(HTML).header(HttpHeaders.COOKIE, cookie));
  }

  private static String cookie(HttpResponse<?> signedIn) {
    String setCookie = signedIn.getHeaders().get(HttpHeaders.SET_COOKIE);
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static <T> MutableHttpRequest<T> anonymous(MutableHttpRequest<T> request) {
    return request.header(SignedInTestClient.AS, "public");
  }

  private static String body(HttpClientResponseException e) {
    return e.getResponse().getBody(String.class).orElse("");
  }
}
