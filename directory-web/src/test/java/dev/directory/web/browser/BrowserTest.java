package dev.directory.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven by Selenium. Without Chromium
 * installed these tests are skipped, unless {@code DIRECTORY_BROWSER_TESTS=required} (as in CI),
 * where its absence fails them. They also take the screenshots README.md shows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest implements TemporaryHome {

  /**
   * Where the screenshots go: the build's own folder, unless {@code -Ddirectory.screenshots=DIR}
   * asks for another — README's are refreshed with {@code ../docs/screenshots}.
   */
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("directory.screenshots", "target/screenshots"));

  @Inject EmbeddedServer server;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void startBrowser() throws IOException {
    boolean installed = Chromium.installed();
    if (!installed && "required".equals(System.getenv("DIRECTORY_BROWSER_TESTS"))) {
      throw new IllegalStateException(
          "browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver is missing;"
              + " install Debian's chromium and chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "Skipping browser tests: install Debian's chromium and chromium-driver to run them");
    browser = Chromium.start("--window-size=1280,900");
    wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    signIn();
  }

  /** Staff sign in on the sign-in page; the cookie it sets carries every later page. */
  private void signIn() {
    open("/");
    wait.until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(TemporaryHome.ADMIN_PASSWORD);
    browser.findElement(By.cssSelector(".sign-in button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void wideWindowInEnglish() {
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.manage().deleteCookieNamed("lang"); // a test that switched language leaves it
  }

  @Test
  void searchesAndShowsTheMatchMarked() throws IOException {
    open("/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("minsal");
    browser.findElement(By.cssSelector(".searchbar button")).click();

    wait.until(ExpectedConditions.urlContains("q=minsal"));
    WebElement first = browser.findElement(By.cssSelector(".hit h3"));
    assertTrue(first.getText().startsWith("Ministry of Health"), first.getText());
    assertEquals("MINSAL", first.findElement(By.tagName("mark")).getText());

    open("/?q=minsal&country=CL");
    screenshot("search.png");
  }

  @Test
  void tickingAFilterSearchesAtOnceAndBackUndoesIt() {
    open("/");
    long everything = hits();
    browser.findElement(By.cssSelector("input[name=type][value=person]")).click();

    wait.until(ExpectedConditions.urlContains("type=person"));
    assertTrue(hits() < everything);
    assertTrue(
        browser.findElements(By.cssSelector(".hit .type")).stream()
            .allMatch(type -> type.getText().equalsIgnoreCase("person")));
    assertTrue(browser.findElement(By.cssSelector("input[name=type][value=person]")).isSelected());

    browser.navigate().back();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("type=person")));
    assertEquals(everything, hits());
  }

  @Test
  void pagesThroughResults() {
    open("/?size=5");
    List<String> firstPage = names();
    browser.findElement(By.cssSelector(".pager a[rel=next]")).click();

    wait.until(ExpectedConditions.urlContains("page=2"));
    List<String> secondPage = names();
    assertEquals(5, secondPage.size());
    assertTrue(secondPage.stream().noneMatch(firstPage::contains), firstPage + " " + secondPage);
    assertEquals("2", browser.findElement(By.cssSelector(".pager [aria-current=page]")).getText());
  }

  @Test
  void opensAPersonWithCallableLinksAndAVCard() throws IOException {
    open("/?q=giron");
    browser.findElement(By.linkText("Norberto Girón")).click();

    wait.until(ExpectedConditions.urlContains("/people/norberto-giron"));
    assertEquals("Norberto Girón", browser.findElement(By.tagName("h1")).getText());
    open("/people/sebastian-mathews");
    assertEquals(
        List.of(),
        browser.findElements(By.cssSelector("a[href^='tel:']")),
        "a number not valid as written is shown, not offered to dial");
    assertEquals("+56 02 9633710", browser.findElement(By.cssSelector(".number")).getText());
    assertEquals(
        "mailto:iomsantiagopress@iom.int",
        browser.findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href"));
    screenshot("person.png");

    String vcardLink = browser.findElement(By.linkText("Download vCard")).getAttribute("href");
    Object card =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])",
                vcardLink);
    assertTrue(card.toString().contains("FN:Sebastián Mathews"), card.toString());
  }

  @Test
  void suggestsAsOneTypesAndTheKeyboardChoosesASuggestion() {
    open("/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("minis");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
    List<String> suggested =
        browser.findElements(By.cssSelector("#suggestions [role=option]")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        suggested.stream().anyMatch(s -> s.startsWith("Ministry of Health")), suggested.toString());
    assertEquals("true", box.getAttribute("aria-expanded"));

    box.sendKeys(Keys.ARROW_DOWN);
    String chosen =
        browser.findElement(By.cssSelector("#suggestions [aria-selected=true]")).getText();
    box.sendKeys(Keys.ENTER);

    wait.until(ExpectedConditions.urlContains("/organizations/"));
    assertTrue(chosen.startsWith(browser.findElement(By.tagName("h1")).getText()), chosen);
  }

  @Test
  void sendsAPressInquiryAndStaffFindItInTheQueue() throws IOException {
    open("/press");
    browser.findElement(By.id("name")).sendKeys("Ana Reporter");
    browser.findElement(By.id("outlet")).sendKeys("A newspaper");
    browser.findElement(By.id("email")).sendKeys("ana@example.org");
    new Select(browser.findElement(By.id("country"))).selectByVisibleText("Chile");
    browser.findElement(By.id("subject")).sendKeys("Workshops for health officials in Arica");
    browser.findElement(By.id("message")).sendKeys("Could someone tell us how many took part?");
    browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your inquiry was sent"));
    assertEquals(
        "It went to Sebastián Mathews, press contact of IOM Chile. You can also write to"
            + " iomsantiagopress@iom.int.",
        browser.findElement(By.cssSelector(".routed")).getText());
    String reference = browser.findElement(By.cssSelector(".reference")).getText();
    screenshot("inquiry-sent.png");

    open("/inquiries");
    browser.findElement(By.linkText("Workshops for health officials in Arica")).click();
    wait.until(ExpectedConditions.urlContains("/inquiries/" + reference));
    assertTrue(
        browser
            .findElement(By.cssSelector(".reasons"))
            .getText()
            .contains("IOM Chile answers for Chile."));
    screenshot("inquiry.png");
  }

  @Test
  void editsAPersonAndSeesTheChangeInTheirHistory() throws IOException {
    open("/people/norberto-giron");
    browser.findElement(By.linkText("Edit")).click();
    wait.until(ExpectedConditions.urlContains("/people/norberto-giron/edit"));
    WebElement title = browser.findElement(By.id("job_title"));
    title.clear();
    title.sendKeys("Head of Office");
    screenshot("edit.png");
    browser.findElement(By.cssSelector(".edit button[type=submit]")).click();

    wait.until(
        ExpectedConditions.urlToBe(
            "http://localhost:" + server.getPort() + "/people/norberto-giron"));
    assertTrue(
        browser.findElement(By.cssSelector(".subtitle")).getText().startsWith("Head of Office"));
    assertTrue(
        browser
            .findElement(By.cssSelector(".history-list"))
            .getText()
            .contains("Job title: “Chief of Mission” → “Head of Office”"));
  }

  @Test
  void switchesToSpanishOnAnyPageAndKeepsItFromLinkToLink() throws IOException {
    open("/?q=minsal&country=CL");
    browser.findElement(By.cssSelector(".languages a[hreflang=es]")).click();

    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
    assertEquals(
        "1 resultado", browser.findElement(By.id("summary")).getText().replaceAll(" \\(.*", ""));
    assertEquals(
        "Ministerio",
        browser.findElement(By.cssSelector(".hit .type")).getDomProperty("textContent").strip());
    List<String> legends =
        browser.findElements(By.cssSelector(".facets legend")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(legends.containsAll(List.of("Tipo", "Lugar", "Tema")), legends.toString());
    assertEquals("Buscar", browser.findElement(By.cssSelector(".searchbar button")).getText());
    screenshot("search-es.png");

    browser.findElement(By.linkText("Oficinas de la OIM")).click();
    wait.until(ExpectedConditions.urlContains("/offices"));
    assertEquals("Oficinas de la OIM", browser.findElement(By.tagName("h1")).getText());
  }

  @Test
  void searchesInFrench() {
    open("/?q=minsal&country=CL&lang=fr");

    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith("1 résultat"));
    assertEquals(
        "Ministère",
        browser.findElement(By.cssSelector(".hit .type")).getDomProperty("textContent").strip());
    List<String> legends =
        browser.findElements(By.cssSelector(".facets legend")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(legends.containsAll(List.of("Type", "Lieu", "Thème")), legends.toString());
    assertEquals("Rechercher", browser.findElement(By.cssSelector(".searchbar button")).getText());
  }

  @Test
  void opensAPersonInSpanish() {
    open("/people/sebastian-mathews?lang=es");

    assertEquals(
        "Contacto de prensa", browser.findElement(By.cssSelector(".badges .badge")).getText());
    List<String> terms =
        browser.findElements(By.cssSelector(".details dt")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        terms.contains("Correo electrónico") && terms.contains("Teléfono"), terms.toString());
    assertEquals(
        "Descargar la vCard", browser.findElement(By.cssSelector(".actions .button")).getText());
  }

  @Test
  void tellsAJournalistInSpanishWhichFieldIsWrong() {
    open("/press?lang=es");
    browser.findElement(By.id("name")).sendKeys("Periodista de Prueba");
    browser.findElement(By.id("email")).sendKeys("no-es-una-direccion");
    browser.findElement(By.id("subject")).sendKeys("La caravana que salió de Tapachula");
    browser.findElement(By.id("message")).sendKeys("¿Cuántas personas salieron?");
    browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-problem")));
    assertEquals(
        "La consulta no se ha enviado: corrija los campos señalados a continuación.",
        browser.findElement(By.cssSelector(".inquiry-form .error")).getText());
    assertEquals(
        "«no-es-una-direccion» no es una dirección de correo electrónico",
        browser.findElement(By.id("email-problem")).getText());
  }

  @Test
  void offersTheSignInPageInFrench() {
    open("/login?lang=fr");

    assertEquals("Connexion", browser.findElement(By.tagName("h1")).getText());
    assertEquals("Nom", browser.findElement(By.cssSelector("label[for=username]")).getText());
    assertEquals(
        "Mot de passe", browser.findElement(By.cssSelector("label[for=password]")).getText());
  }

  @Test
  void opensAPersonInFrench() {
    open("/people/sebastian-mathews?lang=fr");

    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Contact presse", browser.findElement(By.cssSelector(".badges .badge")).getText());
    List<String> terms =
        browser.findElements(By.cssSelector(".details dt")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(terms.contains("Courriel") && terms.contains("Téléphone"), terms.toString());
    assertEquals(
        "Télécharger la vCard", browser.findElement(By.cssSelector(".actions .button")).getText());
  }

  @Test
  void tellsAJournalistInFrenchWhichFieldIsWrong() throws IOException {
    open("/press?lang=fr");
    assertEquals("Presse", browser.findElement(By.tagName("h1")).getText());
    screenshot("press-fr.png");
    browser.findElement(By.id("name")).sendKeys("Testeur de la presse");
    browser.findElement(By.id("email")).sendKeys("pas-une-adresse");
    browser.findElement(By.id("subject")).sendKeys("Migrants bloqués à Agadez");
    browser.findElement(By.id("message")).sendKeys("Combien de personnes attendent ?");
    browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-problem")));
    assertEquals(
        // the page writes no-break spaces before the colon and in the quotes; getText reads spaces
        "La demande n’a pas été envoyée : veuillez corriger les champs signalés ci-dessous.",
        browser.findElement(By.cssSelector(".inquiry-form .error")).getText());
    assertEquals(
        "« pas-une-adresse » n’est pas une adresse électronique",
        browser.findElement(By.id("email-problem")).getText());

    WebElement email = browser.findElement(By.id("email"));
    email.clear();
    email.sendKeys("testeur@example.org");
    browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Votre demande a été envoyée"));
    String reasons = browser.findElement(By.cssSelector(".reasons")).getText();
    assertTrue(reasons.contains("« Agadez » : région, Niger (GeoNames)."), reasons);
  }

  @Test
  void offersTheSignInPageInSpanish() {
    open("/login?lang=es");

    assertEquals("Iniciar sesión", browser.findElement(By.tagName("h1")).getText());
    assertEquals("Nombre", browser.findElement(By.cssSelector("label[for=username]")).getText());
    assertEquals(
        "Contraseña", browser.findElement(By.cssSelector("label[for=password]")).getText());
  }

  @Test
  void fitsANarrowScreenWithoutSidewaysScrolling() {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/?q=chile");

    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertEquals(false, overflow);
    WebElement results = browser.findElement(By.cssSelector(".results"));
    WebElement filters = browser.findElement(By.cssSelector(".facets"));
    assertTrue(
        results.getLocation().getY() < filters.getLocation().getY(), "results before filters");
  }

  private void open(String path) {
    browser.get("http://localhost:" + server.getPort() + path);
  }

  private long hits() {
    String summary = browser.findElement(By.id("summary")).getText();
    return Long.parseLong(summary.replaceAll("[^0-9].*", "").replace(",", ""));
  }

  private List<String> names() {
    return browser.findElements(By.cssSelector(".hit h3 > a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
