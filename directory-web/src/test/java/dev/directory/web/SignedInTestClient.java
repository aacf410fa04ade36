package dev.directory.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Test requests sign in as the first admin over HTTP Basic, unless they carry {@value #AS}: the
 * name of another account (whose password is {@link TemporaryHome#ADMIN_PASSWORD} too), or {@code
 * public} for none.
 */
@ClientFilter("/**")
public final class SignedInTestClient {

  public static final String AS = "X-Test-As";

  @RequestFilter
  void signIn(MutableHttpRequest<?> request) {
    String as = request.getHeaders().get(AS);
    request.getHeaders().remove(AS);
    if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || "public".equals(as)) {
      return;
    }
    request.basicAuth(as == null ? "admin" : as, TemporaryHome.ADMIN_PASSWORD);
  }
}
