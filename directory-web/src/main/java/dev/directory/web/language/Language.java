package dev.directory.web.language;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages are written in, and which one a request is answered in: the one it asks
 * for with {@code ?lang=}, else the one its cookie keeps, else the first of its browser's {@code
 * Accept-Language} that the directory speaks, else English.
 */
public enum Language {
  EN(Locale.ENGLISH, "English"),
  ES(Locale.forLanguageTag("es"), "Español"),
  FR(Locale.FRENCH, "Français");

  /** The query parameter that switches the language, and the cookie that keeps it. */
  public static final String PARAMETER = "lang";

  public static final String COOKIE = "lang";

  private final Locale locale;
  private final String nativeName;

  Language(Locale locale, String nativeName) {
    this.locale = locale;
    this.nativeName = nativeName;
  }

  public Locale locale() {
    return locale;
  }

  /** The code of {@code <html lang>} and of the switch: "en", "es", "fr". */
  public String code() {
    return locale.getLanguage();
  }

  /** The language's name in itself, as the switch offers it. */
  public String nativeName() {
    return nativeName;
  }

  /** The language of this code, if the directory speaks it. */
  public static Optional<Language> parse(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code().equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language asked for by the switch, if the request uses it. */
  public static Optional<Language> switchedTo(HttpRequest<?> request) {
    return parse(request.getParameters().get(PARAMETER));
  }

  public static Language of(HttpRequest<?> request) {
    return switchedTo(request)
        .or(
            () ->
                request
                    .getCookies()
                    .findCookie(COOKIE)
                    .map(Cookie::getValue)
                    .flatMap(Language::parse))
        .orElseGet(() -> fromHeader(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  /** The first language of the header the directory speaks; English when none or malformed. */
  static Language fromHeader(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return EN;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      for (Locale.LanguageRange range : ranges) {
        Optional<Language> spoken = parse(range.getRange().split("-")[0]);
        if (spoken.isPresent() && range.getWeight() > 0) {
          return spoken.get();
        }
      }
    } catch (IllegalArgumentException malformed) {
      return EN;
    }
    return EN;
  }
}
