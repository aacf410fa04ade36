package dev.directory.search.quality;

import dev.directory.search.SearchIndex;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.ResultType;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the index counts of the records of each country, for the directory's data health: each
 * measure is one pass over its matches counting the country facet, and the counts of one view of
 * the index are kept until the index moves (a page of data health read twice costs one count).
 */
public final class HealthCounts {

  /** The counts of one country, or of a set of them. */
  public record Counts(
      long people,
      long organizations,
      long positions,
      long stale,
      long withEmail,
      long withValidPhone,
      long vacantPositions) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    public long records() {
      return people + organizations + positions;
    }

    Counts plus(Counts other) {
      return new Counts(
          people + other.people,
          organizations + other.organizations,
          positions + other.positions,
          stale + other.stale,
          withEmail + other.withEmail,
          withValidPhone + other.withValidPhone,
          vacantPositions + other.vacantPositions);
    }
  }

  private enum Measure {
    PEOPLE,
    ORGANIZATIONS,
    POSITIONS,
    STALE,
    WITH_EMAIL,
    WITH_VALID_PHONE,
    VACANT
  }

  /** The counts of one view of the index, by country. */
  private record Kept(long version, Map<String, Counts> byCountry) {}

  private final SearchIndex index;
  private final AtomicReference<Kept> kept = new AtomicReference<>();

  public HealthCounts(SearchIndex index) {
    this.index = index;
  }

  /** The counts of every country with records, by its code. */
  public Map<String, Counts> byCountry() throws IOException {
    return index.search(
        (searcher, facets) -> {
          if (facets == null) {
            return Map.of();
          }
          long version =
              searcher.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader d
                  ? d.getVersion()
                  : -1;
          Kept now = kept.get();
          if (now != null && now.version() == version) {
            return now.byCountry();
          }
          Map<String, Counts> counted = count(searcher, facets);
          kept.set(new Kept(version, counted));
          return counted;
        });
  }

  /** The counts of these countries together; every country's when {@code countries} is null. */
  public Counts of(Collection<String> countries) throws IOException {
    Counts sum = Counts.NONE;
    for (Map.Entry<String, Counts> country : byCountry().entrySet()) {
      if (countries == null || countries.contains(country.getKey())) {
        sum = sum.plus(country.getValue());
      }
    }
    return sum;
  }

  private Map<String, Counts> count(IndexSearcher searcher, SortedSetDocValuesReaderState facets)
      throws IOException {
    Map<Measure, Map<String, Long>> measured = new HashMap<>();
    for (Measure measure : Measure.values()) {
      measured.put(measure, byCountry(searcher, facets, query(measure)));
    }
    Map<String, Counts> counts = new HashMap<>();
    measured.values().forEach(m -> m.keySet().forEach(country -> counts.put(country, null)));
    counts.replaceAll(
        (country, none) ->
            new Counts(
                get(measured, Measure.PEOPLE, country),
                get(measured, Measure.ORGANIZATIONS, country),
                get(measured, Measure.POSITIONS, country),
                get(measured, Measure.STALE, country),
                get(measured, Measure.WITH_EMAIL, country),
                get(measured, Measure.WITH_VALID_PHONE, country),
                get(measured, Measure.VACANT, country)));
    return Map.copyOf(counts);
  }

  private static long get(Map<Measure, Map<String, Long>> measured, Measure m, String country) {
    return measured.get(m).getOrDefault(country, 0L);
  }

  private Query query(Measure measure) {
    return switch (measure) {
      case PEOPLE -> types(List.of(ResultType.PERSON.code(), ResultType.PRESS_CONTACT.code()));
      case ORGANIZATIONS ->
          types(
              List.of(
                  ResultType.MINISTRY.code(),
                  ResultType.DEPARTMENT.code(),
                  ResultType.MUNICIPAL_SERVICE.code(),
                  ResultType.MISSION_OFFICE.code(),
                  ResultType.PARTNER.code()));
      case POSITIONS -> types(List.of(ResultType.POSITION.code()));
      case STALE -> drillDown(Facet.STALE, List.of("true"));
      case WITH_EMAIL -> new TermQuery(new Term(IndexFields.HAS, IndexFields.HAS_EMAIL));
      case WITH_VALID_PHONE ->
          new TermQuery(new Term(IndexFields.HAS, IndexFields.HAS_VALID_PHONE));
      case VACANT -> new TermQuery(new Term(IndexFields.HAS, IndexFields.HAS_NO_HOLDER));
    };
  }

  private Query types(List<String> types) {
    return drillDown(Facet.TYPE, types);
  }

  private Query drillDown(Facet facet, List<String> values) {
    DrillDownQuery query = new DrillDownQuery(index.facetsConfig(), new MatchAllDocsQuery());
    values.forEach(value -> query.add(facet.dimension(), value));
    return query;
  }

  /** How many documents matching {@code query} each country has. */
  private static Map<String, Long> byCountry(
      IndexSearcher searcher, SortedSetDocValuesReaderState facets, Query query)
      throws IOException {
    FacetsCollector collector =
        searcher.search(
            new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER).build(),
            new FacetsCollectorManager());
    FacetResult countries =
        new SortedSetDocValuesFacetCounts(facets, collector)
            .getAllChildren(Facet.COUNTRY.dimension());
    Map<String, Long> counts = new HashMap<>();
    if (countries != null) {
      for (LabelAndValue country : countries.labelValues) {
        counts.put(country.label, country.value.longValue());
      }
    }
    return counts;
  }
}
