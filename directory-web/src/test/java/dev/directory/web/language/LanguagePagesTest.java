package dev.directory.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Which language a page is in, and how a reader switches it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagePagesTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void answersInTheBrowsersLanguage() {
    String page =
        body(get("/press").header(HttpHeaders.ACCEPT_LANGUAGE, "es-CL,es;q=0.9,en;q=0.5"));

    assertTrue(page.contains("<html lang=\"es\">"), page);
    assertTrue(page.contains("<h2 id=\"send\">Enviar una consulta</h2>"), page);
    assertTrue(page.contains("hreflang=\"fr\""), "links to French");
    assertTrue(page.contains("hreflang=\"en\""), "links to English");
  }

  @Test
  void takesTheFirstLanguageItSpeaksAndElseEnglish() {
    assertTrue(
        body(get("/press").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9,fr;q=0.8"))
            .contains("<html lang=\"fr\">"));
    assertTrue(
        body(get("/press").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,ja;q=0.5"))
            .contains("<html lang=\"en\">"));
    assertTrue(
        body(get("/press").header(HttpHeaders.ACCEPT_LANGUAGE, "this is not a header"))
            .contains("<html lang=\"en\">"));
  }

  @Test
  void keepsTheLanguageSwitchedToInACookieOverTheBrowsersOwn() {
    HttpResponse<String> switched =
        client
            .toBlocking()
            .exchange(
                get("/press?lang=fr").header(HttpHeaders.ACCEPT_LANGUAGE, "es"), String.class);
    assertTrue(switched.body().contains("<html lang=\"fr\">"), switched.body());
    String cookie = switched.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertTrue(cookie != null && cookie.startsWith("lang=fr"), String.valueOf(cookie));

    String later =
        body(
            get("/login")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es")
                .header(HttpHeaders.COOKIE, "lang=fr"));
    assertTrue(later.contains("<h1 id=\"sign-in\">Connexion</h1>"), later);
  }

  @Test
  void linksToThePageItselfInTheOtherLanguages() {
    String page = body(get("/press?lang=es"));

    assertTrue(
        page.contains("href=\"/press?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"), page);
    assertTrue(
        page.contains("href=\"/press?lang=fr\" hreflang=\"fr\" lang=\"fr\">Français</a>"), page);
  }

  @Test
  void namesCountriesInTheReadersLanguage() {
    assertTrue(body(get("/press?lang=es")).contains(">Chile <span class=\"kind\">"));
    String french = body(get("/press?lang=fr"));
    assertTrue(french.contains("<option value=\"GB\">Royaume-Uni</option>"), french);
  }

  @Test
  void namesACityByTheGazetteersNameInTheReadersLanguage() {
    assertTrue(body(get("/organizations/iom?lang=es")).contains("Ginebra, Suiza"));
    assertTrue(body(get("/organizations/iom?lang=fr")).contains("Genève, Suisse"));
    assertTrue(body(get("/organizations/iom?lang=en")).contains("Geneva, Switzerland"));
    String offices = body(get("/offices?lang=es"));
    assertTrue(offices.contains("<td>Sede</td>"), offices);
  }

  @Test
  void namesRolesAndAPhonesIssueInTheReadersLanguage() {
    String spanish = body(get("/people/sebastian-mathews?lang=es"));
    assertTrue(spanish.contains("<dd>prensa</dd>"), spanish);
    assertTrue(
        spanish.contains("no es un número válido según el plan de numeración de Chile"), spanish);
    assertTrue(body(get("/people/norberto-giron?lang=fr")).contains("<dd>chef de mission</dd>"));
  }

  @Test
  void showsTheTopicThroughWhichAResultWasFoundMarked() {
    String page = body(get("/?q=salud&lang=es"));
    int arica = page.indexOf("<h3><a href=\"/organizations/municipal-services-arica\">");
    assertTrue(arica > 0, page);
    String result = page.substring(arica, page.indexOf("</li>", arica));
    assertTrue(result.contains("Tema: <mark>Migración y salud</mark>"), result);
  }

  @Test
  void showsAMissingPageInTheReadersLanguage() {
    HttpClientResponseException missing = refused(get("/no-such-page?lang=es"));
    assertEquals(404, missing.getStatus().getCode());
    String page = missing.getResponse().getBody(String.class).orElse("");
    assertTrue(page.contains("<h1>Página no encontrada</h1>"), page);
  }

  @Test
  void tellsAJournalistWhatIsWrongWithTheFormInSpanish() {
    HttpClientResponseException refused =
        refused(
            HttpRequest.POST(
                    "/press",
                    "name=Test+Reporter&email=not-an-address&subject=Caravana&message=Hola")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
    String page = refused.getResponse().getBody(String.class).orElse("");
    assertEquals(400, refused.getStatus().getCode());
    assertTrue(page.contains("La consulta no se ha enviado"), page);
    assertTrue(page.contains("«not-an-address» no es una dirección de correo electrónico"), page);
  }

  @Test
  void answersTheApiInEnglishUnlessItsCallerAsksForAnotherLanguage() {
    HttpClientResponseException english = refused(HttpRequest.GET("/api/organizations/nowhere"));
    assertTrue(
        english.getResponse().getBody(String.class).orElse("").contains("has the id “nowhere”"));

    HttpClientResponseException french =
        refused(
            HttpRequest.GET("/api/organizations/nowhere")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"));
    String body = french.getResponse().getBody(String.class).orElse("");
    assertTrue(body.contains("Aucune fiche de type organisation n’a l’identifiant"), body);
    assertTrue(body.contains("\"code\":\"not_found\""), body);
  }

  @Test
  void namesTheApisFacetValuesInTheCallersLanguage() {
    Map<?, ?> spanish =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/search?q=salud").header(HttpHeaders.ACCEPT_LANGUAGE, "es"),
                Map.class);
    Map<?, ?> english = client.toBlocking().retrieve("/api/search?q=salud", Map.class);

    assertTrue(labels(spanish, "type").contains("Servicio municipal"), spanish.toString());
    assertTrue(labels(spanish, "city").contains("Ginebra"), spanish.toString());
    assertTrue(labels(spanish, "role").contains("jefe de misión"), spanish.toString());
    assertTrue(labels(english, "type").contains("Municipal service"), english.toString());
    assertTrue(labels(english, "city").contains("Geneva"), english.toString());
  }

  private static List<?> labels(Map<?, ?> answer, String facet) {
    return ((List<?>) ((Map<?, ?>) answer.get("facets")).get(facet))
        .stream().map(value -> ((Map<?, ?>) value).get("label")).toList();
  }

  @Test
  void namesTheKindOfValueAProblemAsksForInTheReadersLanguage() {
    HttpClientResponseException refused = refused(get("/?q=salud&sort=newest&lang=es"));
    String page = refused.getResponse().getBody(String.class).orElse("");
    assertEquals(400, refused.getStatus().getCode());
    assertTrue(page.contains("«newest» no es un orden válido"), page);
  }

  @Test
  void showsASpanishReaderTheLocalNameOfAnOrganisationFirst() {
    String spanish = body(get("/organizations/minsal?lang=es"));
    assertTrue(
        spanish.contains(
            "<h1>Ministerio de Salud <span class=\"english-name\" lang=\"en\">(Ministry of Health)</span></h1>"),
        spanish);

    String english = body(get("/organizations/minsal?lang=en"));
    assertTrue(english.contains("<h1>Ministry of Health</h1>"), english);
    assertTrue(english.contains("<span lang=\"es\">Ministerio de Salud</span>"), english);
  }

  @Test
  void labelsTheEditFormInFrench() {
    String form = body(get("/people/norberto-giron/edit?lang=fr"));

    assertTrue(
        form.contains("<h1 id=\"heading\">Modifier la fiche personne norberto-giron</h1>"), form);
    assertTrue(form.contains(">Nom de famille"), form);
    assertTrue(form.contains(">Enregistrer</button>"), form);
    assertTrue(form.contains("<option value=\"public\" selected>publique</option>"), form);
  }

  /** The refusal the request is answered with. */
  private HttpClientResponseException refused(MutableHttpRequest<?> request) {
    return assertThrows(HttpClientResponseException.class, () -> body(request));
  }

  private MutableHttpRequest<?> get(String uri) {
    return HttpRequest.GET(uri).accept("text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private String body(MutableHttpRequest<?> request) {
    return client.toBlocking().retrieve(request);
  }
}
