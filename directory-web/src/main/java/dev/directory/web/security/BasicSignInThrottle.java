package dev.directory.web.security;

import dev.directory.web.error.ApiError;
import dev.directory.web.limit.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic is a sign-in on every request, so it is throttled as the sign-in page is: a client
 * address that must wait before trying a name again gets 429 with Retry-After, before any password
 * is checked.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
record BasicSignInThrottle(SignInThrottle throttle, ClientAddresses addresses) implements Ordered {

  private static final String BASIC = "Basic ";

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    Optional<Duration> wait = throttle.waitBefore(addresses.of(request), username(authorization));
    if (wait.isEmpty()) {
      return null;
    }
    long seconds = SignInThrottle.seconds(wait.get());
    return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(ApiError.of(SignInThrottle.tooMany(seconds), "too_many_requests"));
  }

  /** The name of Basic credentials; what cannot be read is no name (and fails as such). */
  private static String username(String authorization) {
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
