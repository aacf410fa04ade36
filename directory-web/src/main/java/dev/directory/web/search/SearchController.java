package dev.directory.web.search;

import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.error.ErrorResponses.NotSignedIn;
import dev.directory.web.error.ErrorResponses.WrongValues;
import dev.directory.web.record.Ref;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/search}: free text, facet filters, facet counts, order and paging. */
@Controller("/api/search")
@Tag(name = "Search")
@NotSignedIn
@ExecuteOn(SearchThreads.EXECUTOR)
record SearchController(DirectorySearch search, FacetValueLabels valueLabels) {

  /**
   * Free text and facet filters; one page of results with highlights, and the counts of every
   * facet. Facet parameters may repeat: values of one facet are combined with OR, facets with AND.
   */
  @WrongValues
  @Get
  SearchResponse search(@RequestBean SearchParameters parameters) throws IOException {
    long started = System.nanoTime();
    SearchRequest request = parameters.toRequest();
    SearchResult result = search.search(request);
    return new SearchResponse(
        request.query(),
        result.total(),
        request.page(),
        request.size(),
        (System.nanoTime() - started) / 1_000_000,
        result.hits().stream().map(SearchController::result).toList(),
        facets(result, valueLabels.of(result)),
        result.didYouMean(),
        result.relaxations().stream()
            .map(r -> new SearchResponse.Relaxation(r.facet().dimension(), r.values(), r.count()))
            .toList());
  }

  private static SearchResponse.Result result(Hit hit) {
    return new SearchResponse.Result(
        hit.id(),
        hit.type().code(),
        hit.name(),
        hit.title(),
        hit.aliases(),
        hit.organizationId() == null
            ? null
            : Ref.organization(hit.organizationId(), hit.organizationName()),
        hit.country(),
        hit.city(),
        hit.phone(),
        hit.email(),
        hit.heldBy(),
        hit.stale(),
        hit.version(),
        Ref.url(hit.type(), hit.id()),
        hit.highlights(),
        hit.formerNames(),
        hit.closed(),
        hit.successors());
  }

  /**
   * Each facet's values, named in the request's language ({@code Accept-Language}, {@code ?lang=}),
   * English by default.
   */
  private static Map<String, List<SearchResponse.FacetValue>> facets(
      SearchResult result, FacetValueLabels.Labeller labels) {
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(
          facet.dimension(),
          result.facets().getOrDefault(facet, List.of()).stream()
              .map(c -> new SearchResponse.FacetValue(c.value(), labels.label(facet, c), c.count()))
              .toList());
    }
    return facets;
  }
}
