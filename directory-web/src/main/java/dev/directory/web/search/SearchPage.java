package dev.directory.web.search;

import dev.directory.core.country.Countries;
import dev.directory.core.problem.Refused;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.Facet;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.page.Pages;
import dev.directory.web.record.Ref;
import dev.directory.web.search.SearchView.FacetGroup;
import dev.directory.web.search.SearchView.FacetOption;
import dev.directory.web.search.SearchView.RelaxationView;
import dev.directory.web.search.SearchView.ResultView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The search page at {@code /}: the search box, the results and the facet sidebar. */
@Hidden
@Controller
@ExecuteOn(SearchThreads.EXECUTOR)
final class SearchPage {

  private static final Map<Facet, String> TITLES =
      Map.of(
          Facet.TYPE, "Type",
          Facet.COUNTRY, "Country",
          Facet.REGION, "Region",
          Facet.CITY, "City",
          Facet.TOPIC, "Topic",
          Facet.ORGANIZATION, "Organisation",
          Facet.ROLE, "Role",
          Facet.LANGUAGE, "Language");

  private final DirectorySearch search;
  private final PlaceTree places;
  private final Pages pages;

  SearchPage(DirectorySearch search, PlaceTree places, Pages pages) {
    this.search = search;
    this.places = places;
    this.pages = pages;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> search(@RequestBean SearchParameters parameters) throws IOException {
    long started = System.nanoTime();
    SearchRequest request;
    try {
      request = parameters.toRequest();
    } catch (Refused e) {
      // Not an error page: the search page again, with the text typed and what was wrong.
      String q = parameters.q() == null ? "" : parameters.q();
      return pages.render(HttpStatus.BAD_REQUEST, "search", SearchView.refused(q, e.getMessage()));
    }
    SearchResult result = search.search(request);
    SearchState state = SearchState.of(request);
    return pages.ok(
        "search",
        new SearchView(
            state,
            result.total(),
            (System.nanoTime() - started) / 1_000_000,
            result.hits().stream().map(SearchPage::result).toList(),
            facets(result, state),
            result.didYouMean(),
            result.relaxations().stream()
                .map(
                    r ->
                        new RelaxationView(
                            TITLES.get(r.facet()).toLowerCase(Locale.ROOT),
                            String.join(", ", r.values()),
                            r.count(),
                            state.hrefWithout(r.facet())))
                .toList(),
            null));
  }

  private static ResultView result(Hit hit) {
    return new ResultView(
        Ref.url(hit.type(), hit.id()),
        hit.type().label(),
        hit.name(),
        hit.highlights().get("name"),
        hit.title(),
        hit.highlights().get("title"),
        hit.aliases(),
        hit.highlights().get("aliases"),
        hit.organizationId() == null
            ? null
            : Ref.organization(hit.organizationId(), hit.organizationName()),
        hit.city(),
        hit.country() == null ? null : Countries.name(hit.country(), Locale.ENGLISH),
        hit.phone(),
        hit.phoneDial(),
        hit.email());
  }

  private List<FacetGroup> facets(SearchResult result, SearchState state) {
    List<FacetGroup> groups = new ArrayList<>();
    groups.add(group(Facet.TYPE, result, state));
    groups.add(new FacetGroup("Place", placeTree(result, state)));
    for (Facet facet : List.of(Facet.ORGANIZATION, Facet.TOPIC, Facet.ROLE, Facet.LANGUAGE)) {
      groups.add(group(facet, result, state));
    }
    groups.removeIf(group -> group.options().isEmpty());
    return groups;
  }

  private static FacetGroup group(Facet facet, SearchResult result, SearchState state) {
    return new FacetGroup(
        TITLES.get(facet),
        result.facets().getOrDefault(facet, List.of()).stream()
            .map(count -> option(facet, count, state, List.of()))
            .toList());
  }

  private static FacetOption option(
      Facet facet, FacetCount count, SearchState state, List<FacetOption> children) {
    return new FacetOption(
        facet,
        count.value(),
        count.label(),
        count.count(),
        state.checked(facet, count.value()),
        children);
  }

  /**
   * Countries, each with the regions within it, each with its cities; a region or city whose
   * country is not among the counted ones stands on its own.
   */
  private List<FacetOption> placeTree(SearchResult result, SearchState state) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Node> roots = new ArrayList<>();
    for (Facet facet : List.of(Facet.COUNTRY, Facet.REGION, Facet.CITY)) {
      for (FacetCount count : result.facets().getOrDefault(facet, List.of())) {
        Node node = new Node(facet, count);
        Node parent = facet == Facet.COUNTRY ? null : parent(facet, count.value(), nodes);
        (parent == null ? roots : parent.children).add(node);
        nodes.putIfAbsent(facet.dimension() + ":" + count.value(), node);
      }
    }
    return roots.stream().map(node -> node.option(state)).toList();
  }

  private Node parent(Facet facet, String value, Map<String, Node> nodes) {
    List<String> within = places.parents(facet.dimension(), value);
    for (String level : List.of("region:", "country:")) {
      for (String place : within) {
        if (place.startsWith(level) && nodes.containsKey(place)) {
          return nodes.get(place);
        }
      }
    }
    return null;
  }

  private static final class Node {
    private final Facet facet;
    private final FacetCount count;
    private final List<Node> children = new ArrayList<>();

    Node(Facet facet, FacetCount count) {
      this.facet = facet;
      this.count = count;
    }

    FacetOption option(SearchState state) {
      return SearchPage.option(
          facet, count, state, children.stream().map(child -> child.option(state)).toList());
    }
  }
}
