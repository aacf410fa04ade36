package dev.directory.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analysers of each field, shared by indexing, querying and highlighting. */
public final class Analysis {

  private Analysis() {}

  /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    return terms;
  }

  /** Names are folded, never stemmed; free text is folded and minimally stemmed. */
  public static Analyzer perField() {
    Analyzer stemming = new StemmingAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new FoldingAnalyzer(),
        Map.of(
            IndexFields.TITLE, stemming,
            IndexFields.ROLE, stemming,
            IndexFields.TOPIC, stemming,
            IndexFields.NOTES, stemming,
            IndexFields.SUGGEST, new PrefixAnalyzer(),
            IndexFields.PHONE, new PhoneGramAnalyzer()));
  }
}
