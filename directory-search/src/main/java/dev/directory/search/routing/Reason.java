package dev.directory.search.routing;

import dev.directory.core.country.Countries;
import dev.directory.core.text.Elision;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One step of a routing decision, told in any of the pages' languages: a key of the bundles {@code
 * reasons_{en,es,fr}.properties} beside this class, and its arguments. An argument is a {@link
 * Country} (named in the reader's language), {@link AnyOf} (joined with "or"), {@link Quoted} words
 * of the inquiry (quoted as the language quotes), {@link Localized} text the directory has in three
 * languages (a topic's label), another {@link Reason}, or a plain value.
 */
public record Reason(String key, List<Object> args) {

  private static final String BUNDLE = "dev.directory.search.routing.reasons";

  public Reason {
    args = List.copyOf(args);
  }

  static Reason of(String key, Object... args) {
    return new Reason(key, List.of(args));
  }

  /** A country, by its code. */
  record Country(String code) {}

  /** Countries, one of which is meant: "Libya or Lebanon". */
  record AnyOf(List<String> codes) {}

  /** Words as the inquiry wrote them. */
  record Quoted(String written) {}

  /** A text the directory keeps in English, Spanish and French. */
  record Localized(String en, String es, String fr) {}

  /** The sentence in the language of {@code locale} (English for any language but es and fr). */
  public String text(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Object[] rendered = args.stream().map(arg -> render(arg, locale, bundle)).toArray();
    return new MessageFormat(Elision.pattern(bundle.getString(key), locale, rendered), locale)
        .format(rendered);
  }

  public String english() {
    return text(Locale.ENGLISH);
  }

  private static Object render(Object arg, Locale locale, ResourceBundle bundle) {
    if (arg instanceof Country country) {
      return Countries.name(country.code(), locale);
    }
    if (arg instanceof AnyOf countries) {
      List<String> names =
          countries.codes().stream().map(code -> Countries.name(code, locale)).toList();
      return names.size() == 1
          ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1))
              + " "
              + bundle.getString("or")
              + " "
              + names.get(names.size() - 1);
    }
    if (arg instanceof Quoted quoted) {
      return new MessageFormat(bundle.getString("quoted"), locale)
          .format(new Object[] {quoted.written().replaceAll("\\s+", " ")});
    }
    if (arg instanceof Localized text) {
      return switch (locale.getLanguage()) {
        case "es" -> text.es();
        case "fr" -> text.fr();
        default -> text.en();
      };
    }
    if (arg instanceof Reason reason) {
      return reason.text(locale);
    }
    return arg;
  }

  private static ResourceBundle bundle(Locale locale) {
    String language =
        List.of("es", "fr").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
  }

  // each language has its bundle; the JVM's default locale is never read in its place
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
