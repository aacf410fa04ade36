package dev.directory.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Signing out: clears the sign-in cookie. The form carries the page's token, so another site cannot
 * sign a browser out.
 */
@Hidden
@Controller("/logout")
final class SignOut {

  private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
  private final Csrf csrf;

  SignOut(LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler, Csrf csrf) {
    this.logoutHandler = logoutHandler;
    this.csrf = csrf;
  }

  @Serdeable
  record SignOutForm(@Nullable String csrf) {}

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> signOut(@Nullable @Body SignOutForm form, HttpRequest<?> request) {
    csrf.check(request, form == null ? null : form.csrf());
    return logoutHandler.logout(request);
  }
}
