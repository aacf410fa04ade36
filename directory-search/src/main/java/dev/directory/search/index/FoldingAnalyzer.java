package dev.directory.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Names, places and addresses: Unicode word breaks, lower case, accents folded away, no stemming —
 * "Girón", "GIRON" and "giron" are one term, and "Santos" stays "santos".
 */
final class FoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, fold(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(in);
  }

  static TokenStream fold(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
