package dev.directory.web.startup;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * {@code /health} is answered to anyone alike, without signing the caller in: a balancer or a
 * browser that sends credentials or a sign-in cookie with it would otherwise have them checked
 * against the database, and get an error page instead of the health (its JSON says the database is
 * unreachable) while the database is away.
 */
@ServerFilter("/health")
final class AnonymousHealth implements Ordered {

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }

  @RequestFilter
  void withoutCredentials(MutableHttpRequest<?> request) {
    request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
    request.getHeaders().remove(HttpHeaders.COOKIE);
  }
}
