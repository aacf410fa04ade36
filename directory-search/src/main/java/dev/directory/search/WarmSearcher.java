package dev.directory.search;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One point-in-time view of the index, made ready before any search sees it: its facet ordinals are
 * built when it is opened, and each query runs on two cores — the segments are split into two
 * slices of about the same size, one searched by the calling thread, one by a search thread.
 */
final class WarmSearcher extends IndexSearcher {

  private static final Logger LOG = LoggerFactory.getLogger(WarmSearcher.class);
  private static final TaskExecutor ON_CALLING_THREAD = new TaskExecutor(Runnable::run);

  private final @Nullable SortedSetDocValuesReaderState facets;

  private WarmSearcher(IndexReader reader, Executor searchThreads, FacetsConfig config)
      throws IOException {
    super(reader, searchThreads);
    this.facets =
        reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /**
   * @param warmers run on each new searcher before any search sees it
   */
  static SearcherFactory factory(
      Executor searchThreads, FacetsConfig config, List<SearchIndex.SearchFunction<?>> warmers) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        WarmSearcher searcher = new WarmSearcher(reader, searchThreads, config);
        if (searcher.facets != null) {
          for (SearchIndex.SearchFunction<?> warmer : warmers) {
            warm(warmer, searcher);
          }
        }
        return searcher;
      }
    };
  }

  /** A warmer that fails costs speed, never the reopening of the index. */
  private static void warm(SearchIndex.SearchFunction<?> warmer, WarmSearcher searcher) {
    try {
      warmer.apply(searcher, searcher.facets);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Warming a new searcher failed; its first searches will be slower", e);
    }
  }

  /** The facet ordinals of this view, or null when the index is empty. */
  @Nullable
  SortedSetDocValuesReaderState facets() {
    return facets;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    TwoShares<LeafReaderContext> shares = TwoShares.of(leaves, leaf -> leaf.reader().maxDoc());
    return shares.second().isEmpty()
        ? new LeafSlice[] {new LeafSlice(shares.first())}
        : new LeafSlice[] {new LeafSlice(shares.first()), new LeafSlice(shares.second())};
  }

  /**
   * Term statistics are looked up on the calling thread: Lucene would hand each segment's lookup to
   * a search thread, which costs more than the lookup itself, and a query with typos looks up
   * hundreds of terms. Only the collection of matches is shared between the cores.
   */
  @Override
  public TaskExecutor getTaskExecutor() {
    return ON_CALLING_THREAD;
  }
}
