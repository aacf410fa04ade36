package dev.directory.web.security;

import dev.directory.web.limit.RateLimiter;
import dev.directory.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in page: a name and password checked against the local accounts (the answer sets the
 * sign-in cookie: HttpOnly, SameSite, Secure over HTTPS), and a link for each identity provider
 * that is configured.
 */
@Hidden
@Controller("/login")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInPage {

  static final int ATTEMPTS_PER_MINUTE = 20;

  private final LocalSignIn<Object> accounts;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
  private final List<OauthClientConfiguration> providers;
  private final Pages pages;

  /** Sign-in attempts per client address: a guess at many names locks none of them. */
  private final RateLimiter attempts = new RateLimiter(ATTEMPTS_PER_MINUTE);

  SignInPage(
      LocalSignIn<Object> accounts,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
      List<OauthClientConfiguration> providers,
      Pages pages) {
    this.accounts = accounts;
    this.loginHandler = loginHandler;
    this.providers = providers;
    this.pages = pages;
  }

  @Serdeable
  record SignInForm(@Nullable String username, @Nullable String password) {}

  @Get
  HttpResponse<String> page() {
    return pages.ok("sign-in", view(null, null));
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
    Optional<Duration> wait = attempts.attempt(RateLimiter.clientOf(request), Instant.now());
    if (wait.isPresent()) {
      return pages.render(
          HttpStatus.TOO_MANY_REQUESTS,
          "sign-in",
          view(
              "Too many sign-ins from your address; try again in "
                  + Math.max(1, wait.get().toSeconds())
                  + " seconds.",
              form.username()));
    }
    AuthenticationResponse response =
        accounts.authenticate(
            null,
            new UsernamePasswordCredentials(
                form.username() == null ? "" : form.username(),
                form.password() == null ? "" : form.password()));
    if (response.isAuthenticated()) {
      return loginHandler.loginSuccess(response.getAuthentication().orElseThrow(), request);
    }
    return pages.render(
        HttpStatus.UNAUTHORIZED,
        "sign-in",
        view(
            response.getMessage().orElse("The name or the password is not right."),
            form.username()));
  }

  private SignInView view(@Nullable String message, @Nullable String username) {
    return new SignInView(
        message,
        username,
        providers.stream()
            .filter(OauthClientConfiguration::isEnabled)
            .map(OauthClientConfiguration::getName)
            .toList());
  }
}
