package dev.directory.search.query;

import dev.directory.search.SearchIndex;
import dev.directory.search.index.Analysis;
import dev.directory.search.index.Facet;
import dev.directory.search.query.Counting.Counts;
import dev.directory.search.query.SearchResult.FacetCount;
import dev.directory.search.query.SearchResult.Hit;
import dev.directory.search.query.SearchResult.Relaxation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Answers a {@link SearchRequest}: one page of highlighted hits and the counts of every facet.
 * Facet counts are "drill sideways": choosing a value of a facet keeps the counts of its other
 * values. Counts and hits are kept per point-in-time view of the index, so paging through a broad
 * search or browsing by a common filter counts once, and repeating a search costs next to nothing.
 */
public final class DirectorySearch {

  /** How many values of one facet are counted and returned, most frequent first. */
  public static final int FACET_VALUES = 50;

  /** Searches whose counts and hits are kept per index version: those staff repeat and page. */
  public static final int CACHED_SEARCHES = 256;

  /** The deepest window of hits kept: the first pages are the ones read again. */
  static final int CACHED_WINDOW = 500;

  private final SearchIndex index;
  private final Analyzer analyzer = Analysis.perField();
  private final QueryFactory queries = new QueryFactory(analyzer);
  private final VersionedCache<CountsKey, Counts> cache;
  private final VersionedCache<PageKey, TopDocs> pages;
  private final Spelling spelling = new Spelling();
  private final Hits hits;
  private final Counting counting;

  /**
   * @param topicLabels the label of a topic id, for the topic facet
   */
  public DirectorySearch(SearchIndex index, Function<String, String> topicLabels) {
    this(index, topicLabels, CACHED_SEARCHES);
  }

  /**
   * @param topicLabels the label of a topic id, for the topic facet
   * @param topicTerms a topic's labels and keywords in every language, so that a hit matched
   *     through its topic names that topic ({@link Hit#matchedTopics()})
   */
  public DirectorySearch(
      SearchIndex index,
      Function<String, String> topicLabels,
      Function<String, List<String>> topicTerms) {
    this(index, topicLabels, topicTerms, CACHED_SEARCHES);
  }

  /**
   * @param cachedSearches how many searches' facet counts to keep until the index changes; 0 counts
   *     every search afresh
   */
  public DirectorySearch(
      SearchIndex index, Function<String, String> topicLabels, int cachedSearches) {
    this(index, topicLabels, id -> List.of(), cachedSearches);
  }

  /**
   * @param topicTerms as {@link #DirectorySearch(SearchIndex, Function, Function)} takes them
   * @param cachedSearches as {@link #DirectorySearch(SearchIndex, Function, int)} takes it
   */
  public DirectorySearch(
      SearchIndex index,
      Function<String, String> topicLabels,
      Function<String, List<String>> topicTerms,
      int cachedSearches) {
    this.index = index;
    this.hits = new Hits(new Highlighter(analyzer), topicTerms);
    this.cache = new VersionedCache<>(cachedSearches);
    this.pages = new VersionedCache<>(cachedSearches);
    this.counting =
        new Counting(new FacetCounter(index.searchThreads()), new FacetLabels(topicLabels));
    if (cachedSearches > 0) {
      // Browsing everything is the first thing the search page does: count it before the new
      // view of the index is searchable, not in the first request after each change.
      SearchRequest everything = SearchRequest.of("");
      Query all = queries.forText("", true);
      index.addWarmer((searcher, facets) -> search(searcher, facets, all, everything));
    }
  }

  public SearchResult search(SearchRequest request) throws IOException {
    Query text = queries.forText(request.text(), request.lastWordComplete());
    return index.search((searcher, facetState) -> search(searcher, facetState, text, request));
  }

  private SearchResult search(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState facetState,
      Query text,
      SearchRequest request)
      throws IOException {
    if (facetState == null) {
      return SearchResult.empty();
    }
    IndexReader reader = searcher.getIndexReader();
    DrillDownQuery query = drillDown(text, request.filters());
    CountsKey key = new CountsKey(request.query(), request.filters());
    PageKey pageKey =
        new PageKey(request.query(), request.filters(), request.order(), window(request));
    Counts counts = cache.get(reader, key);
    TopDocs top = pages.get(reader, pageKey);
    if (counts == null) {
      Counted counted = collect(searcher, facetState, text, query, request);
      top = counted.top();
      counts = counted.counts();
      cache.put(reader, key, counts);
    } else if (top == null) {
      top = searcher.search(query, window(request), Orders.of(request, text));
    }
    if (pageKey.window() <= CACHED_WINDOW) {
      pages.put(reader, pageKey, top);
    }
    Sideways sideways = sideways(searcher, facetState, text, request, counts);
    List<Hit> page = hits.page(searcher, top.scoreDocs, request, queries.words(request.text()));
    if (counts.total() > 0) {
      return new SearchResult(counts.total(), page, sideways.facets(), null, List.of());
    }
    return new SearchResult(
        0,
        page,
        sideways.facets(),
        didYouMean(searcher, request),
        sideways.relaxations(request.filters()));
  }

  /** What identifies counts: the query text and the filters, never the page or the order. */
  private record CountsKey(String query, Map<Facet, List<String>> filters) {}

  /** What identifies a window of hits: the search, its order and how many hits from the top. */
  private record PageKey(
      String query, Map<Facet, List<String>> filters, SearchRequest.Order order, int window) {}

  private record Counted(TopDocs top, Counts counts) {}

  /** The page of hits and the counts of the matches, in one pass. */
  private Counted collect(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState facetState,
      Query text,
      DrillDownQuery query,
      SearchRequest request)
      throws IOException {
    if (request.filters().isEmpty() && text instanceof MatchAllDocsQuery) {
      TopDocs top = searcher.search(text, window(request), Orders.of(request, text));
      return new Counted(top, counting.everything(searcher, facetState));
    }
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(
            searcher,
            query,
            window(request),
            Orders.of(request, text),
            new FacetsCollectorManager());
    return new Counted(
        result.topDocs(), counting.of(searcher, facetState, result.facetsCollector()));
  }

  /**
   * Multi-select ("drill sideways"): a filtered facet shows the counts it would have without its
   * own filter, so its other values stay visible. Those are exactly the counts of the same search
   * without that filter, so they are taken from that search — counted once, then cached like any
   * other (a browse by country and language shares its country counts with every country).
   */
  private Sideways sideways(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState facetState,
      Query text,
      SearchRequest request,
      Counts own)
      throws IOException {
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    facets.putAll(own.facets());
    Map<Facet, Long> totalsWithout = new EnumMap<>(Facet.class);
    for (Facet filtered : request.filters().keySet()) {
      Map<Facet, List<String>> others = new EnumMap<>(Facet.class);
      others.putAll(request.filters());
      others.remove(filtered);
      CountsKey key = new CountsKey(request.query(), others);
      Counts without = cache.get(searcher.getIndexReader(), key);
      if (without == null) {
        without =
            others.isEmpty() && text instanceof MatchAllDocsQuery
                ? counting.everything(searcher, facetState)
                : counting.of(
                    searcher,
                    facetState,
                    searcher.search(drillDown(text, others), new FacetsCollectorManager()));
        cache.put(searcher.getIndexReader(), key, without);
      }
      facets.put(filtered, without.facets().getOrDefault(filtered, List.of()));
      totalsWithout.put(filtered, without.total());
    }
    return new Sideways(facets, totalsWithout);
  }

  /** Facet counts as shown, and how many results the search would have without each filter. */
  private record Sideways(Map<Facet, List<FacetCount>> facets, Map<Facet, Long> totalsWithout) {

    /** For a search that found nothing: what dropping each filter would give. */
    List<Relaxation> relaxations(Map<Facet, List<String>> filters) {
      List<Relaxation> relaxations = new ArrayList<>();
      filters.forEach(
          (facet, values) ->
              relaxations.add(new Relaxation(facet, values, totalsWithout.get(facet))));
      return relaxations;
    }
  }

  private DrillDownQuery drillDown(Query text, Map<Facet, List<String>> filters) {
    return Matches.drillDown(index.facetsConfig(), text, filters);
  }

  /** A spelling of the query that finds something with the same filters, if there is one. */
  private String didYouMean(IndexSearcher searcher, SearchRequest request) throws IOException {
    String corrected = spelling.correct(searcher.getIndexReader(), queries.words(request.text()));
    if (corrected == null) {
      return null;
    }
    Query retry = drillDown(queries.forText(corrected, true), request.filters());
    return searcher.count(retry) > 0 ? corrected : null;
  }

  private static int window(SearchRequest request) {
    return request.page() * request.size();
  }
}
