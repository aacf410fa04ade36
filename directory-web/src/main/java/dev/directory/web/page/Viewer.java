package dev.directory.web.page;

import io.micronaut.core.annotation.Nullable;

/**
 * Who a page is shown to, as the layout needs it: the signed-in name and role (null for the public)
 * and the token its forms carry.
 */
public record Viewer(
    @Nullable String username, @Nullable String name, @Nullable String role, String csrf) {

  public static final Viewer PUBLIC = new Viewer(null, null, null, "");

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
