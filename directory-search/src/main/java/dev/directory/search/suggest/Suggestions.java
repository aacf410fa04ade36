package dev.directory.search.suggest;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.Refused;
import dev.directory.core.text.Folding;
import dev.directory.search.SearchIndex;
import dev.directory.search.index.Analysis;
import dev.directory.search.index.IndexFields;
import dev.directory.search.query.ResultType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Type-ahead: names and acronyms that begin with what was typed, word by word ("min sal" suggests
 * "Ministerio de Salud"). Each word is one lookup in an index of word beginnings, so a keystroke
 * costs a term query, not a scan, and a new record is suggested as soon as it is searchable.
 */
public final class Suggestions {

  public static final int MAX_SUGGESTIONS = 10;
  public static final int MAX_LENGTH = 100;
  private static final int MAX_WORDS = 10;
  private static final Sort BEST_FIRST =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(IndexFields.NAME_SORT, SortField.Type.STRING),
          new SortField(IndexFields.ID, SortField.Type.STRING));

  /** A record whose name or acronym begins with what was typed. */
  public record Suggestion(String id, ResultType type, String name) {}

  private final SearchIndex index;
  private final Analyzer analyzer = Analysis.perField();

  public Suggestions(SearchIndex index) {
    this.index = index;
  }

  /**
   * @throws Refused when the text is longer than {@link #MAX_LENGTH}
   */
  public List<Suggestion> suggest(String typed) throws IOException {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > MAX_LENGTH) {
      throw Refused.of("q", ProblemCode.TEXT_TOO_LONG, text.length(), MAX_LENGTH);
    }
    List<String> words = Analysis.terms(analyzer, IndexFields.NAME, text);
    if (words.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
      String prefix = word.length() > 20 ? word.substring(0, 20) : word;
      query.add(new TermQuery(new Term(IndexFields.SUGGEST, prefix)), BooleanClause.Occur.MUST);
    }
    query.add(
        new BoostQuery(new TermQuery(new Term(IndexFields.EXACT, Folding.fold(text))), 10f),
        BooleanClause.Occur.SHOULD);
    return index.search(
        (searcher, facets) -> {
          TopDocs top = searcher.search(query.build(), MAX_SUGGESTIONS, BEST_FIRST, true);
          StoredFields stored = searcher.storedFields();
          List<Suggestion> suggestions = new ArrayList<>();
          for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc);
            suggestions.add(
                new Suggestion(
                    doc.get(IndexFields.ID),
                    ResultType.parse(doc.get(IndexFields.STORED_TYPE)),
                    doc.get(IndexFields.NAME)));
          }
          return suggestions;
        });
  }
}
