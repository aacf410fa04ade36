package dev.directory.web.language;

import dev.directory.core.text.Elision;
import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The words of the pages, from the bundles {@code i18n/messages*.properties} (English, Spanish,
 * French), in the language of the page being rendered. Templates call {@link #t}; a text's
 * arguments are written {@code {0}}, {@code {1}} … as {@link MessageFormat} takes them, so a bundle
 * writes its apostrophes as ’ (an ASCII ' would quote). French elides "de {0}" to "d’{0}" before a
 * vowel ({@link Elision}).
 */
public final class Texts {

  private static final String BUNDLE = "i18n.messages";

  private static final MessageSource MESSAGES = new ResourceBundleMessageSource(BUNDLE);
  private static final ThreadLocal<Language> RENDERING = new ThreadLocal<>();

  private Texts() {}

  /** The text of {@code key} in the page's language, its arguments put in. */
  public static String t(String key, Object... arguments) {
    return in(language(), key, arguments);
  }

  /** The text of {@code key} in a given language (e-mails, the API's messages). */
  public static String in(Language language, String key, Object... arguments) {
    return find(language, key, arguments)
        .orElseThrow(() -> new IllegalStateException("no text for " + key));
  }

  /** The text of {@code key} in the page's language, if the bundles have one. */
  public static Optional<String> find(String key, Object... arguments) {
    return find(language(), key, arguments);
  }

  private static Optional<String> find(Language language, String key, Object... arguments) {
    return MESSAGES
        .getRawMessage(key, MessageSource.MessageContext.of(language.locale()))
        .map(
            pattern ->
                new MessageFormat(
                        Elision.pattern(pattern, language.locale(), arguments), language.locale())
                    .format(arguments));
  }

  /**
   * The text of {@code key}, a phrase that a name follows in the page ("press contact of"), joined
   * to it as the language joins them: "contact presse d’" before "IOM Chile" in French.
   */
  public static String before(String key, String name) {
    return Elision.before(t(key), name, locale());
  }

  /**
   * The language of the page being rendered, or of the request being answered (so a controller can
   * name countries and topics in it), or English outside of a request.
   */
  public static Language language() {
    Language rendering = RENDERING.get();
    if (rendering != null) {
      return rendering;
    }
    return ServerRequestContext.currentRequest().map(Language::of).orElse(Language.EN);
  }

  /** The locale of {@link #language()}, for names of countries and languages, dates, numbers. */
  public static Locale locale() {
    return language().locale();
  }

  /** The other languages, as the switch on every page offers them. */
  public static List<Language> others() {
    return Arrays.stream(Language.values()).filter(l -> l != language()).toList();
  }

  /** The address of the page being rendered in another language: its own, with {@code lang}. */
  public static String switchTo(Language language) {
    HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
    if (request == null) {
      return "?lang=" + language.code();
    }
    URI uri = request.getUri();
    String query =
        request.getParameters().asMap().entrySet().stream()
            .filter(parameter -> !parameter.getKey().equals(Language.PARAMETER))
            .flatMap(
                parameter ->
                    parameter.getValue().stream()
                        .map(value -> encode(parameter.getKey()) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
    return uri.getRawPath()
        + "?"
        + (query.isEmpty() ? "" : query + "&")
        + Language.PARAMETER
        + "="
        + language.code();
  }

  /** Renders with {@code language} as the page's language. */
  public static <T> T rendering(Language language, Supplier<T> render) {
    RENDERING.set(language);
    try {
      return render.get();
    } finally {
      RENDERING.remove();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
