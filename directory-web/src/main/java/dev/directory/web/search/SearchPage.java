package dev.directory.web.search;

import dev.directory.core.problem.Refused;
import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import dev.directory.search.query.SearchResult;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.web.language.Labels;
import dev.directory.web.language.ProblemTexts;
import dev.directory.web.language.Texts;
import dev.directory.web.page.Pages;
import dev.directory.web.record.Ref;
import dev.directory.web.search.FacetValueLabels.Labeller;
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
record SearchPage(
    DirectorySearch search, PlaceTree places, Pages pages, FacetValueLabels valueLabels) {

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
      return pages.render(
          HttpStatus.BAD_REQUEST,
          "search",
          SearchView.refused(q, ProblemTexts.describe(e.problems())));
    }
    SearchResult result = search.search(request);
    SearchState state = SearchState.of(request);
    Labeller labels = valueLabels.of(result);
    return pages.ok(
        "search",
        new SearchView(
            state,
            result.total(),
            (System.nanoTime() - started) / 1_000_000,
            result.hits().stream().map(hit -> result(hit, labels)).toList(),
            facets(result, state, labels),
            result.didYouMean(),
            result.relaxations().stream()
                .map(
                    r ->
                        new RelaxationView(
                            title(r.facet()).toLowerCase(Texts.locale()),
                            String.join(", ", r.values()),
                            r.count(),
                            state.hrefWithout(r.facet())))
                .toList(),
            null));
  }

  private static ResultView result(Hit hit, Labeller labels) {
    return new ResultView(
        Ref.url(hit.type(), hit.id()),
        Labels.type(hit.type()),
        hit.name(),
        hit.highlights().get("name"),
        hit.type() == ResultType.POSITION
            ? hit.heldBy().isEmpty()
                ? Texts.t("position.vacant_now")
                : Texts.t("position.held_now", String.join(", ", hit.heldBy()))
            : hit.title(),
        hit.highlights().get("title"),
        hit.aliases(),
        hit.highlights().get("aliases"),
        hit.organizationId() == null
            ? null
            : Ref.organization(hit.organizationId(), hit.organizationName()),
        hit.city() == null ? null : Labels.city(hit.country(), hit.city()),
        hit.country() == null ? null : Labels.country(hit.country()),
        hit.phone(),
        hit.phoneDial(),
        hit.email(),
        hit.stale(),
        hit.matchedTopics().stream().map(labels::topic).toList(),
        hit.formerNames(),
        hit.highlights().get(Hit.FORMER_NAMES),
        hit.closed(),
        hit.successors());
  }

  private List<FacetGroup> facets(SearchResult result, SearchState state, Labeller labels) {
    List<FacetGroup> groups = new ArrayList<>();
    groups.add(group(Facet.TYPE, result, state, labels));
    groups.add(new FacetGroup(Texts.t("facet.place"), placeTree(result, state, labels)));
    for (Facet facet :
        List.of(Facet.ORGANIZATION, Facet.TOPIC, Facet.ROLE, Facet.LANGUAGE, Facet.STALE)) {
      groups.add(group(facet, result, state, labels));
    }
    groups.removeIf(group -> group.options().isEmpty());
    return groups;
  }

  private static String title(Facet facet) {
    return Texts.t("facet." + facet.name().toLowerCase(Locale.ROOT));
  }

  private static FacetGroup group(
      Facet facet, SearchResult result, SearchState state, Labeller labels) {
    return new FacetGroup(
        title(facet),
        result.facets().getOrDefault(facet, List.of()).stream()
            .map(count -> option(facet, count, state, List.of(), labels))
            .toList());
  }

  private static FacetOption option(
      Facet facet,
      FacetCount count,
      SearchState state,
      List<FacetOption> children,
      Labeller labels) {
    return new FacetOption(
        facet,
        count.value(),
        labels.label(facet, count),
        count.count(),
        state.checked(facet, count.value()),
        children);
  }

  /**
   * Countries, each with the regions within it, each with its cities; a region or city whose
   * country is not among the counted ones stands on its own.
   */
  private List<FacetOption> placeTree(SearchResult result, SearchState state, Labeller labels) {
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
    return roots.stream().map(node -> node.option(state, labels)).toList();
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

    FacetOption option(SearchState state, Labeller labels) {
      return SearchPage.option(
          facet,
          count,
          state,
          children.stream().map(child -> child.option(state, labels)).toList(),
          labels);
    }
  }
}
