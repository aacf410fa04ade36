package dev.directory.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * Cuts the digit forms of phone numbers into runs of {@link PhoneDigits#MIN_DIGITS} digits, one
 * position apart: a longer run of digits is then the phrase of its overlapping runs. No run spans
 * two forms or two numbers, so a phrase only matches digits that follow each other in one of them.
 * The dictionary stays at most 10,000 terms, however many numbers are indexed.
 */
final class PhoneGramAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(
        new NGramTokenizer(PhoneDigits.MIN_DIGITS, PhoneDigits.MIN_DIGITS) {
          @Override
          protected boolean isTokenChar(int chr) {
            return chr >= '0' && chr <= '9';
          }
        });
  }
}
