package dev.directory.web.security;

import dev.directory.web.page.Viewer;
import dev.directory.web.page.Viewers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The viewer of a page: the signed-in account's name and role, and its forms' CSRF token. */
@Singleton
record SignedInViewers(Csrf csrf) implements Viewers {

  @Override
  public Viewer of(HttpRequest<?> request) {
    Optional<Authentication> signedIn = request.getUserPrincipal(Authentication.class);
    if (signedIn.isEmpty()) {
      return Viewer.PUBLIC;
    }
    Authentication authentication = signedIn.get();
    return new Viewer(
        authentication.getName(),
        String.valueOf(
            authentication.getAttributes().getOrDefault("name", authentication.getName())),
        String.valueOf(authentication.getAttributes().getOrDefault("role", "viewer")),
        csrf.token(request));
  }
}
