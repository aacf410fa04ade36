package dev.directory.web.security;

import dev.directory.core.problem.Forbidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Guards the forms of signed-in staff against cross-site requests: each form carries a token
 * derived from the browser's sign-in cookie with the server's key, which another site can neither
 * read nor make. Requests without the cookie (HTTP Basic, API tokens) are not exposed to this
 * attack and need no token.
 *
 * <p>The sign-in form comes before any sign-in cookie, so it has a cookie of its own: a random
 * value set with the sign-in page, from which its token is derived the same way. Another site
 * cannot sign a browser in to an account of its choosing.
 */
@Singleton
public final class Csrf {

  /** The form field the token travels in. */
  public static final String FIELD = "csrf";

  static final String SIGN_IN_COOKIE = "JWT";

  /** The cookie the sign-in form's token is derived from. */
  static final String SIGN_IN_FORM_COOKIE = "SIGNIN";

  static final String EXPIRED =
      "This form has expired or did not come from this site; open the page again and resend.";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  Csrf(SigningSecret.Key key) {
    this.key = key.value().getBytes(StandardCharsets.UTF_8);
  }

  /** The token for forms on a page answering this request; empty when it has no sign-in cookie. */
  public String token(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(SIGN_IN_COOKIE)
        .map(Cookie::getValue)
        .map(this::mac)
        .orElse("");
  }

  /**
   * @throws Forbidden when the request has the sign-in cookie but not its token
   */
  public void check(HttpRequest<?> request, @Nullable String token) {
    String expected = token(request);
    if (expected.isEmpty()) {
      return;
    }
    if (!matches(expected, token)) {
      throw new Forbidden(EXPIRED);
    }
  }

  /** The sign-in form's cookie of this request, or a new one to set with the page. */
  Cookie signInFormCookie(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(SIGN_IN_FORM_COOKIE)
        .orElseGet(
            () -> {
              byte[] value = new byte[18];
              RANDOM.nextBytes(value);
              return Cookie.of(
                      SIGN_IN_FORM_COOKIE,
                      Base64.getUrlEncoder().withoutPadding().encodeToString(value))
                  .path("/")
                  .httpOnly(true)
                  .sameSite(SameSite.Lax);
            });
  }

  /** The sign-in form's token, derived from its cookie. */
  String signInFormToken(Cookie formCookie) {
    return mac("sign-in:" + formCookie.getValue());
  }

  /** Whether the sign-in form came with its cookie and the token derived from it. */
  boolean isGenuineSignInForm(HttpRequest<?> request, @Nullable String token) {
    return request
        .getCookies()
        .findCookie(SIGN_IN_FORM_COOKIE)
        .map(this::signInFormToken)
        .filter(expected -> matches(expected, token))
        .isPresent();
  }

  private static boolean matches(String expected, @Nullable String token) {
    byte[] given = (token == null ? "" : token).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given);
  }

  private String mac(String cookie) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(("csrf:" + cookie).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
