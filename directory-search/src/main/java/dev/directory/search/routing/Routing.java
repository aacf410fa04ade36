package dev.directory.search.routing;

import dev.directory.search.routing.RoutingDirectory.Contact;
import dev.directory.search.routing.RoutingDirectory.Office;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Where an inquiry goes and why.
 *
 * @param country the country the inquiry is about, when one was recognised
 * @param office the office that answers it; null only when the directory has no office at all
 * @param contact its press contact; null when no office on the way to headquarters has one
 * @param reasons plain sentences a person can check, in the order the decision was made
 * @param language "en", "es" or "fr" when the text is recognisably one of them
 * @param topicIds the topics the inquiry speaks of, the most mentioned first
 */
public record Routing(
    @Nullable String country,
    @Nullable Office office,
    @Nullable Contact contact,
    List<String> reasons,
    @Nullable String language,
    List<String> topicIds) {

  public Routing {
    reasons = List.copyOf(reasons);
    topicIds = List.copyOf(topicIds);
  }
}
