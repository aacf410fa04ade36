package dev.directory.search.routing;

import dev.directory.core.inquiry.Reasons;
import dev.directory.core.inquiry.Routed;
import dev.directory.search.routing.RoutingDirectory.Contact;
import dev.directory.search.routing.RoutingDirectory.Office;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/**
 * Where an inquiry goes and why.
 *
 * @param country the country the inquiry is about, when one was recognised
 * @param office the office that answers it; null only when the directory has no office at all
 * @param contact its press contact; null when no office on the way to headquarters has one
 * @param explained the steps of the decision, in the order it was made, each a sentence a person
 *     can check in any of the pages' languages
 * @param language "en", "es" or "fr" when the text is recognisably one of them
 * @param topicIds the topics the inquiry speaks of, the most mentioned first
 */
public record Routing(
    @Nullable String country,
    @Nullable Office office,
    @Nullable Contact contact,
    List<Reason> explained,
    @Nullable String language,
    List<String> topicIds)
    implements Routed {

  public Routing {
    explained = List.copyOf(explained);
    topicIds = List.copyOf(topicIds);
  }

  @Override
  @Nullable
  public String officeId() {
    return office == null ? null : office.id();
  }

  @Override
  @Nullable
  public String contactId() {
    return contact == null ? null : contact.id();
  }

  /** The reasons in English, as staff and the API read them. */
  public List<String> reasons() {
    return reasons(Locale.ENGLISH);
  }

  /** The reasons in each of the pages' languages, as an inquiry keeps them. */
  @Override
  public Reasons inEveryLanguage() {
    return new Reasons(
        reasons(Locale.ENGLISH), reasons(Locale.forLanguageTag("es")), reasons(Locale.FRENCH));
  }

  /** The reasons in the language of {@code locale}: a journalist's own. */
  public List<String> reasons(Locale locale) {
    return explained.stream().map(reason -> reason.text(locale)).toList();
  }
}
