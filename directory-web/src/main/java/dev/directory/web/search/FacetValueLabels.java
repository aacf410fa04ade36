package dev.directory.web.search;

import dev.directory.core.topic.Topics;
import dev.directory.search.index.Facet;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchResult;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.web.language.Labels;
import dev.directory.web.language.Language;
import dev.directory.web.language.Texts;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words for a search's facet values and matched topics in the reader's language (the page's, or
 * the API caller's {@code Accept-Language}): types, countries, cities, languages, roles, freshness
 * and topics. The search library names them in English; organisations keep their names.
 */
@Singleton
record FacetValueLabels(PlaceTree places, Topics topics) {

  /** The labels for one result: its topics are read only when it names one. */
  Labeller of(SearchResult result) {
    boolean matched = result.hits().stream().anyMatch(hit -> !hit.matchedTopics().isEmpty());
    boolean facetToName =
        Texts.language() != Language.EN
            && !result.facets().getOrDefault(Facet.TOPIC, List.of()).isEmpty();
    Map<String, String> topicLabels = new HashMap<>();
    if (matched || facetToName) {
      topics.all().forEach((id, topic) -> topicLabels.put(id, topic.label(Texts.locale())));
    }
    return new Labeller(topicLabels);
  }

  /** The labels of one search's values. */
  final class Labeller {
    private final Map<String, String> topicLabels;

    private Labeller(Map<String, String> topicLabels) {
      this.topicLabels = topicLabels;
    }

    String topic(String id) {
      return topicLabels.getOrDefault(id, id);
    }

    String label(Facet facet, FacetCount count) {
      return switch (facet) {
        case TYPE -> Labels.type(ResultType.parse(count.value()));
        case COUNTRY -> Labels.country(count.value());
        case CITY -> Labels.city(places.countryOf(count.value()), count.value());
        case LANGUAGE -> Labels.language(count.value());
        case ROLE -> Labels.role(count.value());
        case STALE -> Texts.t("facet.stale." + count.value());
        case TOPIC -> topicLabels.getOrDefault(count.value(), count.label());
        default -> count.label();
      };
    }
  }
}
