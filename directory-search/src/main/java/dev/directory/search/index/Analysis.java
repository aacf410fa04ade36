package dev.directory.search.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analysers of each field, shared by indexing, querying and highlighting. */
public final class Analysis {

  private Analysis() {}

  /** Names are folded, never stemmed; free text is folded and lightly stemmed. */
  public static Analyzer perField() {
    Analyzer stemming = new StemmingAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new FoldingAnalyzer(),
        Map.of(
            IndexFields.TITLE, stemming,
            IndexFields.ROLE, stemming,
            IndexFields.TOPIC, stemming,
            IndexFields.NOTES, stemming,
            IndexFields.SUGGEST, new PrefixAnalyzer()));
  }
}
