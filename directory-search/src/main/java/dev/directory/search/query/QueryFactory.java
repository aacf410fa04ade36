package dev.directory.search.query;

import static dev.directory.search.index.IndexFields.ALIASES;
import static dev.directory.search.index.IndexFields.ALL;
import static dev.directory.search.index.IndexFields.EMAIL;
import static dev.directory.search.index.IndexFields.NAME;
import static dev.directory.search.index.IndexFields.NOTES;
import static dev.directory.search.index.IndexFields.ORGANIZATION;
import static dev.directory.search.index.IndexFields.PLACE;
import static dev.directory.search.index.IndexFields.ROLE;
import static dev.directory.search.index.IndexFields.TITLE;
import static dev.directory.search.index.IndexFields.TOPIC;

import dev.directory.core.text.Folding;
import dev.directory.search.index.Analysis;
import dev.directory.search.index.IndexFields;
import dev.directory.search.index.PhoneDigits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Builds the Lucene query for what a user typed. The text is analysed like the index and never
 * parsed as query syntax, so nothing a user types can make it fail or cost more than its words.
 *
 * <p>Every word must match somewhere: exactly in a weighted field (name > aliases > title and role
 * > organisation > place > topic > notes), or with one typo if it has 5+ letters (two if 9+), or —
 * the last word only — as the beginning of a word. Exact matches outrank the others; typing a whole
 * name or acronym puts that record first. A query that reads as a phone number also finds any
 * number containing its digits.
 */
public final class QueryFactory {

  /** Field weights for exact matches. */
  static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

  static {
    WEIGHTS.put(NAME, 10f);
    WEIGHTS.put(ALIASES, 6f);
    WEIGHTS.put(TITLE, 4f);
    WEIGHTS.put(ROLE, 4f);
    WEIGHTS.put(EMAIL, 4f);
    WEIGHTS.put(ORGANIZATION, 3f);
    WEIGHTS.put(PLACE, 2f);
    WEIGHTS.put(TOPIC, 1.5f);
    WEIGHTS.put(NOTES, 1f);
  }

  private static final Set<String> STEMMED = Set.of(TITLE, ROLE, TOPIC, NOTES);
  static final float PHONE_WEIGHT = 4f;
  static final float FRESH_WEIGHT = 0.05f;
  static final float ACTIVE_WEIGHT = 10f;
  static final float EXACT_NAME_WEIGHT = 20f;
  static final float PREFIX_NAME_WEIGHT = 3f;
  static final float PREFIX_ALL_WEIGHT = 0.8f;
  static final float FUZZY_NAME_WEIGHT = 2.5f;
  static final float FUZZY_ALL_WEIGHT = 0.5f;
  static final int MIN_PREFIX = 2;

  private final Analyzer analyzer;

  public QueryFactory(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Words of 5+ letters may have one typo, of 9+ letters two (as search-as-you-type engines). */
  static int allowedEdits(String word) {
    if (word.length() >= 9) {
      return 2;
    }
    return word.length() >= 5 ? 1 : 0;
  }

  /**
   * The query of a text whose words a {@link SearchRequest} has bounded.
   *
   * @param lastWordComplete false when the last word may still be being typed: it then matches as
   *     the beginning of a word too
   */
  public Query forText(String text, boolean lastWordComplete) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    boolean lastWordIsPartial = !lastWordComplete;
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      boolean prefix = lastWordIsPartial && i == words.size() - 1;
      all.add(forWord(words.get(i), prefix), BooleanClause.Occur.MUST);
    }
    Query wholeName = new TermQuery(new Term(IndexFields.EXACT, Folding.fold(text)));
    all.add(new BoostQuery(wholeName, EXACT_NAME_WEIGHT), BooleanClause.Occur.SHOULD);
    Query byWords = all.build();
    if (!PhoneDigits.isPhoneLike(text)) {
      return freshFirst(byWords);
    }
    return freshFirst(
        new BooleanQuery.Builder()
            .add(byWords, BooleanClause.Occur.SHOULD)
            .add(phone(PhoneDigits.queryForms(text)), BooleanClause.Occur.SHOULD)
            .build());
  }

  /**
   * The query, a fresh record scoring {@link #FRESH_WEIGHT} more than a stale one: enough to put it
   * before an equally relevant stale one, far too little to pass a clearly more relevant one. Every
   * record but a closed organisation scores {@link #ACTIVE_WEIGHT} more: a closed one comes after
   * the active ones that match about as well.
   */
  private static Query freshFirst(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(
            FeatureField.newLinearQuery(IndexFields.FEATURES, IndexFields.FRESH, FRESH_WEIGHT),
            BooleanClause.Occur.SHOULD)
        .add(
            FeatureField.newLinearQuery(IndexFields.FEATURES, IndexFields.ACTIVE, ACTIVE_WEIGHT),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query forWord(String word, boolean prefix) {
    List<Query> alternatives = new ArrayList<>();
    WEIGHTS.forEach(
        (field, weight) -> alternatives.add(new BoostQuery(exact(field, word), weight)));
    if (word.chars().allMatch(Character::isDigit) && word.length() >= PhoneDigits.MIN_DIGITS) {
      alternatives.add(phone(Set.of(word)));
    }
    int edits = allowedEdits(word);
    if (edits > 0) {
      alternatives.add(new BoostQuery(fuzzy(NAME, word, edits), FUZZY_NAME_WEIGHT));
      alternatives.add(new BoostQuery(fuzzy(ALL, word, edits), FUZZY_ALL_WEIGHT));
    }
    if (prefix && word.length() >= MIN_PREFIX) {
      alternatives.add(new BoostQuery(longer(NAME, word), PREFIX_NAME_WEIGHT));
      alternatives.add(new BoostQuery(longer(ALL, word), PREFIX_ALL_WEIGHT));
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Query exact(String field, String word) {
    if (!STEMMED.contains(field)) {
      return new TermQuery(new Term(field, word));
    }
    SynonymQuery.Builder stems = new SynonymQuery.Builder(field);
    for (String stem : analyze(field, word)) {
      stems.addTerm(new Term(field, stem));
    }
    return stems.build();
  }

  /**
   * The words that begin with {@code word} and are longer. The word itself is left to the exact
   * clauses, which match it wherever it is: a common word would otherwise be scored twice over, in
   * every document that has it.
   */
  private static Query longer(String field, String word) {
    BytesRef bytes = new BytesRef(word);
    Automaton beginning = PrefixQuery.toAutomaton(bytes);
    Automaton longer =
        Operations.minus(
            beginning, Automata.makeBinary(bytes), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new AutomatonQuery(
        new Term(field, word), longer, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
  }

  private static Query fuzzy(String field, String word, int edits) {
    return new Typos(new Term(field, word), edits);
  }

  /**
   * The words within {@code edits} typos of a word (same first letter, at most 50 of them), but not
   * the word itself: like {@link #longer}, the exact clauses match it.
   */
  private static final class Typos extends FuzzyQuery {

    Typos(Term word, int edits) {
      super(word, edits, 1, 50, true);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      BytesRef word = getTerm().bytes();
      return new FilteredTermsEnum(super.getTermsEnum(terms, atts), false) {
        @Override
        protected AcceptStatus accept(BytesRef term) {
          return term.bytesEquals(word) ? AcceptStatus.NO : AcceptStatus.YES;
        }
      };
    }
  }

  /** Numbers with any of these runs of digits: each the phrase of its runs of four. */
  private static Query phone(Set<String> digitRuns) {
    List<Query> runs = new ArrayList<>();
    for (String run : digitRuns) {
      List<String> grams = PhoneDigits.grams(run);
      runs.add(
          grams.size() == 1
              ? new TermQuery(new Term(IndexFields.PHONE, grams.get(0)))
              : new PhraseQuery(IndexFields.PHONE, grams.toArray(String[]::new)));
    }
    return new BoostQuery(new DisjunctionMaxQuery(runs, 0f), PHONE_WEIGHT);
  }

  /** The folded words of a text, as the name fields index them. */
  List<String> words(String text) {
    return new ArrayList<>(analyze(NAME, text));
  }

  private Set<String> analyze(String field, String text) {
    return new LinkedHashSet<>(Analysis.terms(analyzer, field, text));
  }
}
