package dev.directory.web.security;

import dev.directory.core.account.Accounts;
import dev.directory.web.limit.ClientAddresses;
import dev.directory.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in page: a name and password checked against the local accounts (the answer sets the
 * sign-in cookie: HttpOnly, SameSite, Secure over HTTPS), and a link for each identity provider
 * that is configured. Its form carries a token of its own ({@link Csrf}); repeated failures from
 * one address are slowed down by the {@link SignInThrottle}.
 */
@Hidden
@Controller("/login")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInPage {

  private final LocalSignIn<Object> accounts;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
  private final List<OauthClientConfiguration> providers;
  private final Pages pages;
  private final Csrf csrf;
  private final SignInThrottle throttle;

  private final ClientAddresses addresses;

  SignInPage(
      LocalSignIn<Object> accounts,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
      List<OauthClientConfiguration> providers,
      Pages pages,
      Csrf csrf,
      SignInThrottle throttle,
      ClientAddresses addresses) {
    this.addresses = addresses;
    this.accounts = accounts;
    this.loginHandler = loginHandler;
    this.providers = providers;
    this.pages = pages;
    this.csrf = csrf;
    this.throttle = throttle;
  }

  @Serdeable
  record SignInForm(@Nullable String username, @Nullable String password, @Nullable String csrf) {}

  @Get
  HttpResponse<String> page(HttpRequest<?> request) {
    return render(HttpStatus.OK, request, null, null);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SuppressWarnings("unchecked") // the provider reads no body: any request type will do
  HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
    if (!csrf.isGenuineSignInForm(request, form.csrf())) {
      return render(HttpStatus.FORBIDDEN, request, Csrf.EXPIRED, form.username());
    }
    String username = form.username() == null ? "" : form.username();
    Optional<Duration> wait = throttle.waitBefore(addresses.of(request), username);
    if (wait.isPresent()) {
      long seconds = SignInThrottle.seconds(wait.get());
      return render(
              HttpStatus.TOO_MANY_REQUESTS,
              request,
              SignInThrottle.tooMany(seconds),
              form.username())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
    AuthenticationResponse response =
        accounts.authenticate(
            (HttpRequest<Object>) request,
            new UsernamePasswordCredentials(
                username, form.password() == null ? "" : form.password()));
    if (response.isAuthenticated()) {
      return loginHandler.loginSuccess(response.getAuthentication().orElseThrow(), request);
    }
    return render(HttpStatus.UNAUTHORIZED, request, Accounts.WRONG, form.username());
  }

  /** The page, with the form's cookie set when the browser does not have it yet. */
  private MutableHttpResponse<String> render(
      HttpStatus status, HttpRequest<?> request, @Nullable String message, @Nullable String name) {
    Cookie formCookie = csrf.signInFormCookie(request);
    MutableHttpResponse<String> page =
        pages.render(
            status,
            "sign-in",
            new SignInView(
                message,
                name,
                providers.stream()
                    .filter(OauthClientConfiguration::isEnabled)
                    .map(OauthClientConfiguration::getName)
                    .toList(),
                csrf.signInFormToken(formCookie)));
    if (request.getCookies().findCookie(formCookie.getName()).isEmpty()) {
      page.cookie(formCookie);
    }
    return page;
  }
}
