package dev.directory.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.web.SignedInTestClient;
import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every route as the public, a viewer, an editor and an admin: the public reaches the press
 * page, the inquiry form, health and static files only (pages send it to sign in, the API answers
 * 401); each role reaches what it may, and gets 403 where it may not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest implements TemporaryHome {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static final List<String> CALLERS = List.of("public", "viewer", "editor", "admin");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Accounts accounts;

  private String inquiry;
  private String lastBody = "";

  /** A route, who may use it (public, viewer, editor or admin), and whether it is a page. */
  private record Route(String method, String path, Object body, String mayUse, boolean page) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(
        Map.of(
            "micronaut.http.client.follow-redirects", "false",
            "directory.inquiries.rate-limit-per-minute", "1000"));
  }

  @BeforeAll
  void makeAccountsAndAnInquiry() {
    accounts.create("viewer", "A viewer", null, Role.VIEWER, ADMIN_PASSWORD, Instant.now());
    accounts.create("editor", "An editor", null, Role.EDITOR, ADMIN_PASSWORD, Instant.now());
    Map<?, ?> receipt =
        client.toBlocking().retrieve(HttpRequest.POST("/api/inquiries", journalist()), Map.class);
    inquiry = (String) receipt.get("id");
  }

  private List<Route> routes() {
    String person = "/people/sebastian-mathews";
    return List.of(
        new Route("GET", "/press", null, "public", true),
        new Route("POST", "/press", form(), "public", true),
        new Route("POST", "/api/inquiries", journalist(), "public", false),
        new Route("GET", "/health", null, "public", false),
        new Route("GET", "/static/directory.css", null, "public", false),
        new Route("GET", "/favicon.ico", null, "public", false),
        new Route("GET", "/login", null, "public", true),
        new Route("GET", "/", null, "viewer", true),
        new Route("GET", "/?q=santos", null, "viewer", true),
        new Route("GET", person, null, "viewer", true),
        new Route("GET", "/organizations/iom-chile", null, "viewer", true),
        new Route("GET", "/offices", null, "viewer", true),
        new Route("GET", "/inquiries", null, "viewer", true),
        new Route("GET", "/inquiries/" + inquiry, null, "viewer", true),
        new Route("POST", "/inquiries/" + inquiry, Map.of("note", "Seen"), "viewer", true),
        new Route("GET", "/api-docs", null, "viewer", true),
        new Route("GET", "/openapi.yml", null, "viewer", false),
        new Route("GET", "/api/search?q=santos", null, "viewer", false),
        new Route("GET", "/api/suggest?q=mi", null, "viewer", false),
        new Route("GET", "/api" + person, null, "viewer", false),
        new Route("GET", "/api" + person + "/vcard", null, "viewer", false),
        new Route("GET", "/api/organizations/iom-chile", null, "viewer", false),
        new Route("GET", "/api/search/export?format=csv", null, "viewer", false),
        new Route("GET", "/api/inquiries", null, "viewer", false),
        new Route("GET", "/api/inquiries/" + inquiry, null, "viewer", false),
        new Route("PATCH", "/api/inquiries/" + inquiry, Map.of("note", "Seen"), "viewer", false),
        new Route("GET", "/api" + person + "/history", null, "viewer", false),
        new Route("GET", "/api/organizations/iom-chile/history", null, "viewer", false),
        new Route("GET", person + "/edit", null, "editor", true),
        new Route("GET", "/people/new", null, "editor", true),
        new Route("GET", "/organizations/iom-chile/edit", null, "editor", true),
        new Route("GET", "/organizations/new", null, "editor", true),
        new Route("POST", "/people/nobody/edit", Map.of("version", "1"), "editor", true),
        new Route("POST", "/organizations/nothing/delete", Map.of("version", "1"), "editor", true),
        new Route("GET", "/account", null, "viewer", true),
        new Route("GET", "/accounts", null, "admin", true),
        new Route("GET", "/accounts/viewer", null, "admin", true),
        new Route("POST", "/accounts", Map.of("username", ""), "admin", true),
        new Route("GET", "/api/accounts", null, "admin", false),
        new Route("GET", "/api/accounts/viewer", null, "admin", false),
        new Route("POST", "/api/accounts", Map.of(), "admin", false),
        new Route("DELETE", "/api/accounts/nobody", null, "admin", false),
        new Route("POST", "/api/people", Map.of(), "editor", false),
        new Route("PUT", "/api/people/nobody", Map.of("version", 1), "editor", false),
        new Route("DELETE", "/api/people/nobody?version=1", null, "editor", false),
        new Route("POST", "/api/organizations", Map.of(), "editor", false),
        new Route("PUT", "/api/organizations/nothing", Map.of("version", 1), "editor", false),
        new Route("DELETE", "/api/organizations/nothing?version=1", null, "editor", false));
  }

  @Test
  void letsEachCallerReachWhatItMayAndNothingElse() {
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      for (String caller : CALLERS) {
        int status = call(route, caller);
        if (caller.equals("public") && lastBody.contains("Santos")) {
          wrong.add(route + " as public: shows the internal Maria Elena Santos");
        }
        boolean allowed = CALLERS.indexOf(caller) >= CALLERS.indexOf(route.mayUse());
        String outcome = outcome(status, allowed, caller, route);
        if (outcome != null) {
          wrong.add(route + " as " + caller + ": " + outcome);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theFrameworksManagementEndpointsAnswerNoOneButHealth() {
    List<String> wrong = new ArrayList<>();
    for (String endpoint :
        List.of(
            "GET /routes",
            "GET /beans",
            "GET /info",
            "GET /threaddump",
            "GET /env",
            "GET /loggers",
            "GET /caches",
            "GET /metrics",
            "POST /refresh",
            "POST /stop")) {
      String[] parts = endpoint.split(" ");
      Route route =
          new Route(parts[0], parts[1], parts[0].equals("POST") ? Map.of() : null, "", false);
      for (String caller : CALLERS) {
        int status = call(route, caller);
        int expected = caller.equals("public") ? 401 : 404;
        if (status != expected) {
          wrong.add(endpoint + " as " + caller + ": " + status + " " + lastBody);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void tellsAProgramWithoutCredentialsHowToSignIn() {
    HttpClientResponseException refused =
        assertThrowsStatus(
            () -> client.toBlocking().retrieve(anonymous(HttpRequest.GET("/api/search?q=santos"))));

    assertEquals(401, refused.getStatus().getCode());
    String message = (String) refused.getResponse().getBody(Map.class).orElseThrow().get("message");
    assertTrue(message.startsWith("Sign in first"), message);
  }

  /** Null when the status is what the caller should get; else what was wrong. */
  private static String outcome(int status, boolean allowed, String caller, Route route) {
    if (status >= 500) {
      return "server error " + status;
    }
    if (allowed) {
      return status == 401 || status == 403 ? "refused with " + status : null;
    }
    int expected = !caller.equals("public") ? 403 : route.page() ? 303 : 401;
    return status == expected ? null : "expected " + expected + ", got " + status;
  }

  private int call(Route route, String caller) {
    MutableHttpRequest<Object> request =
        HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(route.method()), route.path());
    request.header(SignedInTestClient.AS, caller);
    request.header(HttpHeaders.ACCEPT, route.page() ? HTML : MediaType.APPLICATION_JSON);
    if (route.body() != null) {
      request.body(route.body());
      request.contentType(
          route.page()
              ? MediaType.APPLICATION_FORM_URLENCODED_TYPE
              : MediaType.APPLICATION_JSON_TYPE);
    }
    try {
      HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
      lastBody = response.getBody().orElse("");
      return response.getStatus().getCode();
    } catch (HttpClientResponseException e) {
      lastBody = e.getResponse().getBody(String.class).orElse("");
      return e.getStatus().getCode();
    }
  }

  private static <T> MutableHttpRequest<T> anonymous(MutableHttpRequest<T> request) {
    return request.header(SignedInTestClient.AS, "public");
  }

  private static HttpClientResponseException assertThrowsStatus(Runnable call) {
    try {
      call.run();
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  private static Map<String, Object> journalist() {
    return Map.of(
        "name", "Ana Reporter",
        "email", "ana@example.org",
        "subject", "Chile",
        "message", "Could someone comment?");
  }

  private static Map<String, String> form() {
    return Map.of(
        "name", "Ana Reporter",
        "email", "ana@example.org",
        "subject", "Chile",
        "message", "Could someone comment?");
  }
}
