package dev.directory.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Titles, roles, topics and notes: folded like names, then lightly stemmed for English, Spanish and
 * French at once, so "workers", "trabajadores" and "centres" meet their singulars.
 */
final class StemmingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(
        tokenizer, new MultiLanguageStemFilter(FoldingAnalyzer.fold(tokenizer)));
  }
}
