package dev.directory.search.query;

import dev.directory.core.contact.PhoneType;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Reads hits from the stored fields of matching documents. */
final class Hits {

  /** The fields a result shows with the matched words marked, by the stored field they show. */
  private static final Map<String, String> HIGHLIGHTED =
      Map.of(
          IndexFields.NAME, IndexFields.NAME,
          IndexFields.TITLE, IndexFields.TITLE,
          IndexFields.ALIASES, IndexFields.STORED_ALIASES);

  private final Highlighter highlighter;
  private final Function<String, List<String>> topicTerms;

  /**
   * @param topicTerms a topic's labels and keywords in every language, by its id: a hit that
   *     matched one of them names the topic
   */
  Hits(Highlighter highlighter, Function<String, List<String>> topicTerms) {
    this.highlighter = highlighter;
    this.topicTerms = topicTerms;
  }

  /** The hits of the request's page among the top documents, matched words marked. */
  List<Hit> page(IndexSearcher searcher, ScoreDoc[] docs, SearchRequest request, List<String> words)
      throws IOException {
    int from = (request.page() - 1) * request.size();
    if (from >= docs.length) {
      return List.of();
    }
    Highlighter.Marker marker = highlighter.forQuery(words, !request.lastWordComplete());
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    Map<String, Boolean> topicMatched = new HashMap<>(); // hits of a page share their topics
    for (int i = from; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc);
      Map<String, String> marked = new HashMap<>();
      HIGHLIGHTED.forEach(
          (field, shown) -> {
            String value = marker.mark(field, doc.get(shown));
            if (value != null) {
              marked.put(field, value);
            }
          });
      // former names are searched as aliases are, and marked as they are
      String former = marker.mark(IndexFields.ALIASES, doc.get(IndexFields.STORED_FORMER_NAMES));
      if (former != null) {
        marked.put(Hit.FORMER_NAMES, former);
      }
      hits.add(
          hit(doc, marked, words.isEmpty() ? List.of() : matchedTopics(doc, marker, topicMatched)));
    }
    return hits;
  }

  /** The record's topics whose label or keyword the query matched. */
  private List<String> matchedTopics(
      Document doc, Highlighter.Marker marker, Map<String, Boolean> known) {
    List<String> matched = new ArrayList<>(1);
    for (String topic : doc.getValues(IndexFields.STORED_TOPICS)) {
      if (known.computeIfAbsent(topic, id -> matches(id, marker))) {
        matched.add(topic);
      }
    }
    return matched;
  }

  private boolean matches(String topic, Highlighter.Marker marker) {
    for (String term : topicTerms.apply(topic)) {
      if (marker.mark(IndexFields.TOPIC, term) != null) {
        return true;
      }
    }
    return false;
  }

  /** A hit without marks, as an export lists it. */
  static Hit plain(Document doc) {
    return hit(doc, Map.of(), List.of());
  }

  /** The stored fields an entry reads: those alone are decoded. */
  private static final Set<String> ENTRY_FIELDS =
      Set.of(
          IndexFields.ID,
          IndexFields.STORED_TYPE,
          IndexFields.NAME,
          IndexFields.STORED_GIVEN_NAME,
          IndexFields.STORED_FAMILY_NAME,
          IndexFields.TITLE,
          IndexFields.STORED_EMAIL,
          IndexFields.STORED_PHONE,
          IndexFields.STORED_PHONE_TYPE,
          IndexFields.STORED_ORGANIZATION_NAME,
          IndexFields.STORED_ORGANIZATION_PATH,
          IndexFields.STORED_CITY,
          IndexFields.STORED_COUNTRY);

  /** A record as a mail program's look-up lists it. */
  static DirectoryEntry entry(StoredFields stored, int docId) throws IOException {
    Document doc = stored.document(docId, ENTRY_FIELDS);
    String[] numbers = doc.getValues(IndexFields.STORED_PHONE);
    String[] types = doc.getValues(IndexFields.STORED_PHONE_TYPE);
    List<DirectoryEntry.Number> phones = new ArrayList<>(numbers.length);
    for (int i = 0; i < numbers.length && i < types.length; i++) {
      phones.add(new DirectoryEntry.Number(PhoneType.parse(types[i]), numbers[i]));
    }
    ResultType type = ResultType.parse(doc.get(IndexFields.STORED_TYPE));
    return new DirectoryEntry(
        doc.get(IndexFields.ID),
        type,
        doc.get(IndexFields.NAME),
        doc.get(IndexFields.STORED_GIVEN_NAME),
        doc.get(IndexFields.STORED_FAMILY_NAME),
        doc.get(IndexFields.TITLE),
        List.of(doc.getValues(IndexFields.STORED_EMAIL)),
        phones,
        type.isPerson() ? doc.get(IndexFields.STORED_ORGANIZATION_NAME) : null,
        List.of(doc.getValues(IndexFields.STORED_ORGANIZATION_PATH)),
        doc.get(IndexFields.STORED_CITY),
        doc.get(IndexFields.STORED_COUNTRY));
  }

  private static Hit hit(Document doc, Map<String, String> highlights, List<String> topics) {
    IndexableField version = doc.getField(IndexFields.STORED_VERSION);
    return new Hit(
        doc.get(IndexFields.ID),
        ResultType.parse(doc.get(IndexFields.STORED_TYPE)),
        doc.get(IndexFields.NAME),
        doc.get(IndexFields.TITLE),
        doc.get(IndexFields.STORED_ALIASES),
        doc.get(IndexFields.STORED_ORGANIZATION_ID),
        doc.get(IndexFields.STORED_ORGANIZATION_NAME),
        doc.get(IndexFields.STORED_COUNTRY),
        doc.get(IndexFields.STORED_CITY),
        doc.get(IndexFields.STORED_PHONE),
        doc.get(IndexFields.STORED_PHONE_DIAL),
        doc.get(IndexFields.STORED_EMAIL),
        List.of(doc.getValues(IndexFields.STORED_HELD_BY)),
        doc.get(IndexFields.STORED_STALE) != null,
        version == null ? 0 : version.numericValue().longValue(),
        highlights,
        topics,
        doc.get(IndexFields.STORED_FORMER_NAMES),
        doc.get(IndexFields.STORED_CLOSED) != null,
        List.of(doc.getValues(IndexFields.STORED_SUCCESSORS)));
  }
}
