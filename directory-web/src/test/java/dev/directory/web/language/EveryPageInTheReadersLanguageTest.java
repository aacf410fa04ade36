package dev.directory.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page, rendered in Spanish and in French, shows no stored code and no English label: each
 * text the reader sees (and each placeholder, label and title of the page's controls) is compared
 * with the codes the directory stores (roles, kinds, statuses, the importer's name) and with every
 * English text of the bundles that the reader's bundle words otherwise.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageInTheReadersLanguageTest implements TemporaryHome {

  /** Codes as the database and the seed hold them, which a page must never show as they are. */
  private static final Set<String> STORED_CODES =
      Set.of(
          "press",
          "chief of mission",
          "participant",
          "municipal_service",
          "mission_office",
          "ministry",
          "department",
          "partner",
          "training",
          "import",
          "new",
          "assigned",
          "answered",
          "closed",
          "work",
          "mobile",
          "Headquarters",
          "Regional",
          "Geneva");

  /** Data that happens to read as an English label: the first account's name, "admin". */
  private static final Set<String> DATA = Set.of("admin");

  /** English words of a phone's issue, as the phone keeps it. */
  private static final Pattern ENGLISH_PHONE_ISSUE =
      Pattern.compile("numbering plan|kept as written|trunk prefix");

  private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern SHOWN_ATTRIBUTE =
      Pattern.compile("(?:placeholder|aria-label|title|alt)=\"([^\"]+)\"");

  @Inject
  @Client("/")
  HttpClient client;

  private String inquiry;

  @BeforeAll
  void receiveAnInquiry() {
    Map<?, ?> made =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/inquiries",
                    Map.of(
                        "name", "Test Reporter",
                        "email", "reporter@example.org",
                        "subject", "Talleres en Arica",
                        "message", "Test question about the training in Arica")),
                Map.class);
    inquiry = (String) made.get("id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr"})
  void showsNoStoredCodeAndNoEnglishLabel(String language) throws IOException {
    Set<String> english = englishOnly(language);
    Set<String> translations = new TreeSet<>();
    bundle(language).values().forEach(text -> translations.add(text.toString().strip()));
    List<String> found = new ArrayList<>();
    for (String page : pages()) {
      String html =
          client
              .toBlocking()
              .retrieve(
                  HttpRequest.GET(page + (page.contains("?") ? "&" : "?") + "lang=" + language)
                      .header(HttpHeaders.ACCEPT, "text/html"));
      assertTrue(html.contains("<html lang=\"" + language + "\">"), page);
      for (String shown : shownTexts(html)) {
        if (DATA.contains(shown)) {
          continue;
        }
        if (STORED_CODES.contains(shown) && !translations.contains(shown)) {
          found.add(page + ": the stored code “" + shown + "”");
        } else if (english.contains(shown)) {
          found.add(page + ": the English label “" + shown + "”");
        } else if (ENGLISH_PHONE_ISSUE.matcher(shown).find()) {
          found.add(page + ": a phone's issue in English: " + shown);
        }
      }
    }
    assertEquals(List.of(), found, String.join("\n", found));
  }

  private List<String> pages() {
    return List.of(
        "/",
        "/?q=salud",
        "/?q=press",
        "/?q=geneva",
        "/people/sebastian-mathews",
        "/people/norberto-giron",
        "/people/maria-elena-santos",
        "/organizations/iom",
        "/organizations/iom-chile",
        "/organizations/minsal",
        "/organizations/lshtm",
        "/positions/iom-chile-press-contact",
        "/offices",
        "/press",
        "/inquiries",
        "/inquiries/" + inquiry,
        "/queue",
        "/duplicates",
        "/imports",
        "/accounts",
        "/accounts/admin",
        "/account",
        "/people/norberto-giron/edit",
        "/organizations/iom-chile/edit",
        "/positions/iom-chile-press-contact/edit",
        "/people/new",
        "/organizations/new",
        "/positions/new",
        "/people/sebastian-mathews/merge?other=norberto-giron",
        "/organizations/minsal/merge?other=iom-chile");
  }

  /** What the reader reads: each text between tags, and the texts of controls' attributes. */
  private static Set<String> shownTexts(String html) {
    // a marked word is part of the text around it ("<mark>Press</mark> contact, IOM Chile")
    String body = html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", "").replaceAll("</?mark>", "");
    Set<String> shown = new TreeSet<>();
    for (Pattern pattern : List.of(TEXT, SHOWN_ATTRIBUTE)) {
      Matcher matcher = pattern.matcher(body);
      while (matcher.find()) {
        String text = unescape(matcher.group(1)).strip();
        if (!text.isEmpty()) {
          shown.add(text);
        }
      }
    }
    return shown;
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /**
   * The English texts of the bundles that the reader's bundle says otherwise, those with no
   * argument and of four letters or more (a short word such as "API" is the same in every bundle).
   */
  private static Set<String> englishOnly(String language) throws IOException {
    Properties en = bundle("en");
    Properties other = bundle(language);
    Set<String> english = new TreeSet<>();
    for (String key : en.stringPropertyNames()) {
      String text = en.getProperty(key);
      String translated = other.getProperty(key);
      if (translated != null
          && !translated.equals(text)
          && !text.contains("{")
          && text.codePoints().filter(Character::isLetter).count() >= 4) {
        english.add(text.strip());
      }
    }
    return english;
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        EveryPageInTheReadersLanguageTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
