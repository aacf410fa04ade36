package dev.directory.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organizations;
import dev.directory.core.position.Holding;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.reorganization.ChangeRequest;
import dev.directory.core.reorganization.OrganizationChanges;
import dev.directory.web.TemporaryHome;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organisation chart page in Spanish, in Debian's Chromium at a phone's width: the drawing, the
 * list behind it, and what changed between two days marked. Skipped without Chromium unless {@code
 * DIRECTORY_BROWSER_TESTS=required}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartPageBrowserTest implements TemporaryHome {

  private static final String MINISTRY = "ministry-of-internal-affairs";

  @Inject EmbeddedServer server;
  @Inject OrganizationChanges changes;
  @Inject Organizations organizations;
  @Inject Positions positions;
  @Inject Writes writes;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void reorganiseTheMinistryAndStartTheBrowser() throws IOException {
    boolean installed = Chromium.installed();
    if (!installed && "required".equals(System.getenv("DIRECTORY_BROWSER_TESTS"))) {
      throw new IllegalStateException("browser tests are required but Chromium is missing");
    }
    Assumptions.assumeTrue(installed, "Skipping browser tests: install Debian's chromium");
    writes.run(
        () ->
            positions.save(
                new Position(
                    "test-head-of-department",
                    "Test Head of Department",
                    "department-for-foreigners-and-migration",
                    false,
                    List.of(),
                    List.of(),
                    List.of(new Holding("norberto-giron", LocalDate.parse("2024-06-15"), null)),
                    null),
                "test"));
    change("public-security-division", "moved", "2024-05-01", Map.of("parent", "minsal"));
    browser = Chromium.start("--window-size=800,900");
    // a phone's screen: headless Chromium's windows are never narrower than about 500 pixels
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    browser.get("http://localhost:" + server.getPort() + "/login?lang=es");
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
    browser.findElement(By.cssSelector(".sign-in button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void drawsTheChartOfADayInSpanishAndMarksWhatChangedSinceAnother() throws IOException {
    browser.get(
        "http://localhost:"
            + server.getPort()
            + "/organizations/"
            + MINISTRY
            + "/chart?at=2024-10-01&with=2024-04-30&lang=es");

    assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(
        "Organigrama: Ministry of Internal Affairs",
        browser.findElement(By.tagName("h1")).getText());
    WebElement drawing = browser.findElement(By.cssSelector("figure.chart-drawing svg"));
    assertEquals("img", drawing.getAttribute("role"));
    long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
    assertEquals(320, viewport, "a phone's width");
    assertTrue(
        drawing.getRect().getWidth() <= viewport,
        "the drawing fits the phone's width: " + drawing.getRect().getWidth() + " of " + viewport);
    String list = browser.findElement(By.cssSelector("ul.chart-list")).getText();
    assertTrue(list.contains("Test Head of Department: Norberto Girón (cambió de titular)"), list);
    assertTrue(
        browser
            .findElement(By.cssSelector(".chart-page"))
            .getText()
            .contains("Public Security Division"),
        "the unit that moved away is listed as gone");
    assertTrue(
        browser.findElement(By.cssSelector(".chart-page .notice")).getText().startsWith("Marcado"));
    screenshot("chart-es.png");
  }

  @Test
  void theDrawingLinksEachUnitToItsOwnChartOfThatDay() {
    browser.get(
        "http://localhost:"
            + server.getPort()
            + "/organizations/"
            + MINISTRY
            + "/chart?at=2024-04-30&lang=es");

    List<String> links =
        browser.findElements(By.cssSelector("figure.chart-drawing svg a")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    assertTrue(
        links.stream()
            .anyMatch(
                link ->
                    link.endsWith("/organizations/public-security-division/chart?at=2024-04-30")),
        links.toString());
  }

  private void change(String id, String kind, String date, Map<String, String> fields) {
    changes.record(
        id,
        new ChangeRequest(
            kind,
            date,
            organizations.version(id).orElseThrow(),
            null,
            null,
            fields.get("parent"),
            null,
            List.of(),
            Map.of()),
        "test",
        change -> change);
  }

  private void screenshot(String name) throws IOException {
    Path folder = Path.of(System.getProperty("directory.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        folder.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
