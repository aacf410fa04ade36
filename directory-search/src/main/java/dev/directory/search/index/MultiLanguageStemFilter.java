package dev.directory.search.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Records carry no language tag, and one title may be English while the next is Spanish; so each
 * word is kept and joined, at the same position, by its minimal English, Spanish and French stems
 * where they differ from it. A query analysed the same way meets the record on any of them.
 *
 * <p>Minimal stemmers only fold plurals (and French feminine endings); the "light" ones also cut
 * vowels, which in a language-blind index makes a name meet a word of another language: "Santos"
 * and "santé" would both become "sant".
 */
final class MultiLanguageStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
  private final SpanishMinimalStemmer spanish = new SpanishMinimalStemmer();
  private final FrenchMinimalStemmer french = new FrenchMinimalStemmer();
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;

  MultiLanguageStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.pop());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    Set<String> stems = new LinkedHashSet<>();
    stems.add(stem(english::stem, word));
    stems.add(stem(spanish::stem, word));
    stems.add(stem(french::stem, word));
    stems.remove(word);
    if (!stems.isEmpty()) {
      pending.addAll(stems);
      current = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }

  private interface Stemmer {
    int stem(char[] buffer, int length);
  }

  private static String stem(Stemmer stemmer, String word) {
    char[] buffer = word.toCharArray();
    return new String(buffer, 0, stemmer.stem(buffer, buffer.length));
  }
}
