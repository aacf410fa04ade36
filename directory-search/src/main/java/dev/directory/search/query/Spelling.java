package dev.directory.search.query;

import dev.directory.search.index.IndexFields;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": when a search finds nothing, each word the index does not know is replaced by the
 * closest word it does, straight from the index's terms, never at the cost of most of a short word.
 * (The caller offers it only if it finds something.)
 */
final class Spelling {

  /** At least 70 % alike: one change in a word of 4 to 6 letters, two from 7 letters. */
  static final float MIN_SIMILARITY = 0.7f;

  private final DirectSpellChecker checker = new DirectSpellChecker();

  Spelling() {
    checker.setAccuracy(MIN_SIMILARITY);
    checker.setMaxEdits(2);
    checker.setMinQueryLength(4);
  }

  /**
   * The words with each one the index does not know replaced by its closest known word; null when
   * there is nothing to correct.
   */
  @Nullable
  String correct(IndexReader reader, List<String> words) throws IOException {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      Term term = new Term(IndexFields.ALL, word);
      SuggestWord[] similar =
          checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (similar.length > 0) {
        corrected.add(similar[0].string);
        changed = true;
      } else {
        corrected.add(word);
      }
    }
    return changed ? String.join(" ", corrected) : null;
  }
}
