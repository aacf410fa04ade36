package dev.directory.search.query;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.NAME;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PHONE;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.TITLE;
import static dev.directory.search.index.IndexFields.TOPIC;

import dev.directory.search.index.Folding;
import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for what a user typed. The text is analysed like the index and never
 * parsed as query syntax, so no character a user types can make it fail. Every word must match in
 * some field; a match in the name weighs most.
 */
final class QueryFactory {

  /** Field weights: name > aliases > title and role > organisation > place > topic > notes. */
  static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

  static {
    WEIGHTS.put(NAME, 10f);
    WEIGHTS.put(ALIASES, 6f);
    WEIGHTS.put(TITLE, 4f);
    WEIGHTS.put(EMAIL, 4f);
    WEIGHTS.put(PHONE, 4f);
    WEIGHTS.put(ORGANIZATION, 3f);
    WEIGHTS.put(PLACE, 2f);
    WEIGHTS.put(TOPIC, 1.5f);
    WEIGHTS.put(NOTES, 1f);
  }

  /** Typing a whole name, local name or acronym puts that record first. */
  static final float EXACT_NAME_WEIGHT = 20f;

  private final Analyzer analyzer;

  QueryFactory(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @throws IllegalArgumentException when the text has more than {@link SearchRequest#MAX_TERMS}
   *     words
   */
  Query forText(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    if (words.size() > SearchRequest.MAX_TERMS) {
      throw new IllegalArgumentException(
          "q may have at most " + SearchRequest.MAX_TERMS + " words; got: " + words.size());
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      List<Query> perField = new ArrayList<>();
      WEIGHTS.forEach(
          (field, weight) ->
              perField.add(new BoostQuery(new TermQuery(new Term(field, word)), weight)));
      all.add(new DisjunctionMaxQuery(perField, 0.1f), BooleanClause.Occur.MUST);
    }
    Query wholeName = new TermQuery(new Term(IndexFields.EXACT, Folding.fold(text)));
    all.add(new BoostQuery(wholeName, EXACT_NAME_WEIGHT), BooleanClause.Occur.SHOULD);
    return all.build();
  }

  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(NAME, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a query string cannot fail", e);
    }
    return words;
  }
}
