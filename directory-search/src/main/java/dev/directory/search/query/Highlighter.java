package dev.directory.search.query;

import dev.directory.search.index.IndexFields;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks, in a name or title as shown, the words a query matched — by the same rules the query
 * matched them: the same word (or stem), a typo of it, or the last word's beginning — and
 * HTML-escapes everything else.
 *
 * <p>Lucene's UnifiedHighlighter can do this generically, but it rebuilds the typo automata of
 * every query for every search and took most of a search's time; these rules are few and known, so
 * they are applied directly, each word's automaton built once per search.
 */
record Highlighter(Analyzer analyzer) {

  /** The matching rules of one query, prepared once and applied to every hit. */
  Marker forQuery(List<String> words, boolean lastWordIsPartial) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean prefix =
          lastWordIsPartial && i == words.size() - 1 && word.length() >= QueryFactory.MIN_PREFIX;
      Set<String> stems = Set.copyOf(analyze(IndexFields.TITLE, word).terms());
      rules.add(new Rule(word, stems, QueryFactory.allowedEdits(word), prefix));
    }
    return new Marker(rules);
  }

  private record Rule(String word, Set<String> stems, int edits, boolean prefix) {

    boolean matches(String term) {
      return term.equals(word)
          || stems.contains(term)
          || (prefix && term.startsWith(word))
          || (edits > 0 && isTypo(word, term, edits));
    }
  }

  /**
   * Whether {@code term} is within {@code edits} insertions, deletions, substitutions or swaps of
   * adjacent letters of {@code word}, with the same first letter — as the query's typo rule.
   */
  static boolean isTypo(String word, String term, int edits) {
    if (Math.abs(word.length() - term.length()) > edits
        || term.isEmpty()
        || term.charAt(0) != word.charAt(0)) {
      return false;
    }
    int n = word.length();
    int m = term.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = word.charAt(i - 1) == term.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && word.charAt(i - 1) == term.charAt(j - 2)
            && word.charAt(i - 2) == term.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > edits) {
        return false;
      }
    }
    return d[n][m] <= edits;
  }

  /** Applies one query's rules. */
  final class Marker {
    private final List<Rule> rules;

    private Marker(List<Rule> rules) {
      this.rules = rules;
    }

    /** The text escaped with matches in {@code <mark>}, or null when nothing in it matched. */
    @Nullable
    String mark(String field, @Nullable String text) {
      if (text == null || rules.isEmpty()) {
        return null;
      }
      Tokens tokens = analyze(field, text);
      StringBuilder marked = new StringBuilder();
      int written = 0;
      boolean any = false;
      for (int t = 0; t < tokens.terms().size(); t++) {
        int start = tokens.starts().get(t);
        int end = tokens.ends().get(t);
        if (start < written || !matches(tokens.terms().get(t))) {
          continue;
        }
        escape(text, written, start, marked);
        marked.append("<mark>");
        escape(text, start, end, marked);
        marked.append("</mark>");
        written = end;
        any = true;
      }
      if (!any) {
        return null;
      }
      escape(text, written, text.length(), marked);
      return marked.toString();
    }

    private boolean matches(String term) {
      for (Rule rule : rules) {
        if (rule.matches(term)) {
          return true;
        }
      }
      return false;
    }
  }

  private record Tokens(List<String> terms, List<Integer> starts, List<Integer> ends) {}

  private Tokens analyze(String field, String text) {
    Tokens tokens = new Tokens(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.terms().add(term.toString());
        tokens.starts().add(offset.startOffset());
        tokens.ends().add(offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    return tokens;
  }

  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
