package dev.directory.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * Who a page is shown to, as the layout needs it: the signed-in name and role (null for the public)
 * and the token its forms carry.
 */
public record Viewer(
    @Nullable String username, @Nullable String name, @Nullable String role, String csrf) {

  public static final Viewer PUBLIC = new Viewer(null, null, null, "");

  public static Viewer of(HttpRequest<?> request, Csrf csrf) {
    Optional<Authentication> signedIn = request.getUserPrincipal(Authentication.class);
    if (signedIn.isEmpty()) {
      return PUBLIC;
    }
    Authentication authentication = signedIn.get();
    return new Viewer(
        authentication.getName(),
        String.valueOf(
            authentication.getAttributes().getOrDefault("name", authentication.getName())),
        String.valueOf(authentication.getAttributes().getOrDefault("role", "viewer")),
        csrf.token(request));
  }

  public boolean signedIn() {
    return username != null;
  }

  public boolean mayEdit() {
    return "editor".equals(role) || "admin".equals(role);
  }

  public boolean isAdmin() {
    return "admin".equals(role);
  }
}
