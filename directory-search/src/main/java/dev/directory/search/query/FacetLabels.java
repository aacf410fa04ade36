package dev.directory.search.query;

import dev.directory.core.country.Countries;
import dev.directory.search.index.Facet;
import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The words shown for a facet value: "Municipal service" for {@code municipal_service}, "Chile" for
 * {@code CL}, the topic's label, the organisation's name (read from the same point-in-time view of
 * the index, so it is never out of step with the counts).
 */
final class FacetLabels {

  /** Names of top-level organisations seen lately, for the version of the index they are from. */
  private static final int CACHED_NAMES = 10_000;

  private final Function<String, String> topicLabels;
  private final Map<String, String> organizationNames =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHED_NAMES;
        }
      };
  private long version = -1;

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

  private String organizationName(String id, IndexSearcher searcher) throws IOException {
    long current =
        searcher.getIndexReader() instanceof DirectoryReader reader ? reader.getVersion() : -2;
    synchronized (organizationNames) {
      if (current != version) {
        organizationNames.clear();
        version = current;
      }
      String known = organizationNames.get(id);
      if (known != null) {
        return known;
      }
    }
    String name = lookUp(id, searcher);
    synchronized (organizationNames) {
      if (current == version) {
        organizationNames.put(id, name);
      }
    }
    return name;
  }

  /** Finds the organisation by its id term and reads its name from doc values. */
  private static String lookUp(String id, IndexSearcher searcher) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms ids = leaf.reader().terms(IndexFields.ID);
      if (ids == null) {
        continue;
      }
      TermsEnum terms = ids.iterator();
      if (!terms.seekExact(term)) {
        continue;
      }
      PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues names = leaf.reader().getBinaryDocValues(IndexFields.NAME_LABEL);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if ((live == null || live.get(doc)) && names != null && names.advanceExact(doc)) {
          return names.binaryValue().utf8ToString();
        }
      }
    }
    return id;
  }
}
