package dev.directory.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Type-ahead: every beginning of every folded word of a name ("m", "mi", … "minsal"), so that a
 * suggestion is one term lookup per keystroke rather than a prefix scan.
 */
final class PrefixAnalyzer extends Analyzer {

  static final int MAX_PREFIX = 20;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(
        tokenizer, new EdgeNGramTokenFilter(FoldingAnalyzer.fold(tokenizer), 1, MAX_PREFIX, true));
  }
}
