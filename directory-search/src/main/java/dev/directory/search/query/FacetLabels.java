package dev.directory.search.query;

import dev.directory.core.country.Countries;
import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The words shown for a facet value: "Municipal service" for {@code municipal_service}, "Chile" for
 * {@code CL}, the topic's label, the organisation's name (read from the same point-in-time view of
 * the index, so it is never out of step with the counts).
 */
final class FacetLabels {

  private final Function<String, String> topicLabels;

  FacetLabels(Function<String, String> topicLabels) {
    this.topicLabels = topicLabels;
  }

  String label(Facet facet, String value, IndexSearcher searcher) throws IOException {
    return switch (facet) {
      case TYPE -> ResultType.parse(value).label();
      case COUNTRY -> Countries.name(value, Locale.ENGLISH);
      case LANGUAGE -> Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
      case TOPIC -> topicLabels.apply(value);
      case ORGANIZATION -> organizationName(value, searcher);
      default -> value;
    };
  }

  private static String organizationName(String id, IndexSearcher searcher) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return id;
    }
    return searcher.storedFields().document(found.scoreDocs[0].doc).get(IndexFields.NAME);
  }
}
