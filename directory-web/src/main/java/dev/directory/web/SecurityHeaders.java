package dev.directory.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;

/**
 * Headers that keep every answer from being turned against its reader: scripts and styles only from
 * the application itself (no inline script, so an injected one cannot run), no framing by other
 * sites, no guessing of content types, no full addresses sent to other sites.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements Ordered {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The API browser's script library sets styles on its elements, which {@code style-src 'self'}
   * forbids; its page is the only one given inline styles, still without inline script.
   */
  static final String API_DOCS_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  /** What every answer carries; Netty's own answers get them from {@link GuardedConnections}. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin",
          "X-Frame-Options", "DENY");

  /** First in, so last out: the headers go on whatever answer the other filters leave. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    DEFAULTS.forEach(response::header);
    if (request.getPath().startsWith("/api-docs")) {
      response.header("Content-Security-Policy", API_DOCS_POLICY);
    }
  }
}
