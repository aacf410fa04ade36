package dev.directory.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.account.Accounts;
import dev.directory.core.account.Role;
import dev.directory.web.TemporaryHome;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in through the organisation, end to end: a real OpenID Connect provider (npm's {@code
 * oauth2-mock-server}, started by the test) and the authorisation-code flow with PKCE in headless
 * Chromium. The provider signs the ID token and returns the nonce; Micronaut checks issuer,
 * audience, signature and nonce; the directory matches the account by its verified e-mail. That
 * account then makes an app password and reads its address books with it. Skipped without Chromium
 * or the provider ({@code DIRECTORY_OAUTH2_MOCK_SERVER}: its {@code node_modules}), unless {@code
 * DIRECTORY_OIDC_TESTS=required} (as in CI).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSignInTest implements TemporaryHome {

  private static final Pattern SECRET = Pattern.compile("(dir_[A-Za-z0-9_-]+)");

  @Inject EmbeddedServer server;
  @Inject Accounts accounts;

  private Process provider;
  private Path emailFile;

  /** Starts the provider before the server, which reads its discovery document. */
  @Override
  public Map<String, String> getProperties() {
    String modules = System.getenv("DIRECTORY_OAUTH2_MOCK_SERVER");
    boolean installed =
        modules != null
            && Files.isDirectory(Path.of(modules, "oauth2-mock-server"))
            && Chromium.installed();
    if (!installed && "required".equals(System.getenv("DIRECTORY_OIDC_TESTS"))) {
      throw new IllegalStateException(
          "the sign-in test is required but DIRECTORY_OAUTH2_MOCK_SERVER (npm's"
              + " oauth2-mock-server) or Chromium is missing");
    }
    if (!installed) {
      return homeAnd(Map.of());
    }
    try {
      String issuer = startProvider(modules);
      return homeAnd(
          Map.of(
              "micronaut.security.oauth2.clients.company.client-id", "directory-test",
              "micronaut.security.oauth2.clients.company.client-secret", "test secret",
              "micronaut.security.oauth2.clients.company.openid.issuer", issuer,
              // the provider's discovery names only "none"; a real provider takes the secret
              "micronaut.security.oauth2.clients.company.openid.token.auth-method",
                  "client-secret-basic",
              "micronaut.security.oauth2.pkce.enabled", "true"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void signsInThroughTheOrganisationMakesAnAppPasswordAndSignsOut() throws Exception {
    Assumptions.assumeTrue(provider != null, "Skipping: no OpenID Connect provider to test with");
    accounts.create(
        "test-org-member",
        "Test Org Member",
        "test.org.member@example.org",
        Role.VIEWER,
        null,
        Instant.now());
    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      signInThroughTheOrganisation(browser, "test.org.member@example.org");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sign-out .who")));
      assertTrue(
          browser
              .findElement(By.cssSelector(".sign-out .who"))
              .getText()
              .contains("Test Org Member"));

      browser.get(server.getURL() + "/account");
      browser.findElement(By.id("name")).sendKeys("Test phone");
      browser.findElement(By.cssSelector("form input[name=action][value=token] ~ button")).click();
      wait.until(page -> SECRET.matcher(page.getPageSource()).find());
      Matcher secret = SECRET.matcher(browser.getPageSource());
      assertTrue(secret.find(), "the app password is shown once");
      assertEquals(207, propfind("test-org-member", secret.group(1)));

      browser.findElement(By.cssSelector(".sign-out button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sign-in-link")));

      signInThroughTheOrganisation(browser, "a.stranger@example.org");
      wait.until(ExpectedConditions.urlContains("/login"));
      assertFalse(browser.getPageSource().contains("class=\"who\""), "the stranger is not in");
    } finally {
      browser.quit();
    }
  }

  @AfterAll
  void stopProvider() {
    if (provider != null) {
      provider.destroy();
    }
  }

  private void signInThroughTheOrganisation(ChromeDriver browser, String email) throws IOException {
    Files.writeString(emailFile, email);
    browser.get(server.getURL() + "/login");
    browser.findElement(By.cssSelector("a[href='/oauth/login/company']")).click();
  }

  private int propfind(String username, String appPassword) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/dav/books/" + username + "/"))
            .header("Depth", "1")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (username + ":" + appPassword).getBytes(StandardCharsets.UTF_8)))
            .method("PROPFIND", HttpRequest.BodyPublishers.noBody())
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The provider: every ID token it signs carries the e-mail address the file holds, verified.
   *
   * @return its issuer address
   */
  private String startProvider(String modules) throws IOException {
    Path dir = Files.createTempDirectory("oidc-provider");
    emailFile = dir.resolve("email");
    Files.writeString(emailFile, "nobody@example.org");
    Path script = dir.resolve("provider.cjs");
    Files.writeString(
        script,
        String.join(
            "\n",
            "const { OAuth2Server } = require('oauth2-mock-server');",
            "const fs = require('fs');",
            "(async () => {",
            "  const server = new OAuth2Server();",
            "  await server.issuer.keys.generate('RS256');",
            "  server.service.on('beforeTokenSigning', (token) => {",
            "    token.payload.email = fs.readFileSync(process.argv[2], 'utf8').trim();",
            "    token.payload.email_verified = true;",
            "  });",
            "  await server.start(0, 'localhost');",
            "  console.log(server.issuer.url);",
            "})();",
            ""));
    ProcessBuilder builder =
        new ProcessBuilder("node", script.toString(), emailFile.toString())
            .redirectErrorStream(true);
    builder.environment().put("NODE_PATH", modules);
    provider = builder.start();
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("http://")) {
        return line.strip();
      }
    }
    throw new IllegalStateException("the provider did not start");
  }
}
