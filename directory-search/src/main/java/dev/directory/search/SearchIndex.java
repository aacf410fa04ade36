package dev.directory.search;

import dev.directory.search.index.Analysis;
import dev.directory.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the Lucene index: its directory, writer, searcher manager and the thread that
 * reopens searchers so that a committed change is visible within a second. Every search borrows a
 * searcher through {@link #search} and gives it back.
 *
 * <p>Each commit records the change-log position it is current to (with a stamp saying which
 * database and which change that position was), and the schema version, so that a restart knows
 * whether to catch up or rebuild.
 */
public final class SearchIndex implements Searchable, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  private static final String APPLIED_SEQ = "appliedSeq";
  private static final String APPLIED_STAMP = "appliedStamp";
  static final String SCHEMA = "schema";

  /** Enough to bulk-load a million documents in few segments, well inside a 1 GB heap. */
  private static final double RAM_BUFFER_MB = 192;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ExecutorService searchThreads;
  private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
  private final List<SearchFunction<?>> warmers = new CopyOnWriteArrayList<>();

  /**
   * The position of the last commit that searches see; behind {@link #applied()} while reopening.
   */
  private volatile long visibleSeq;

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // Compound files would copy every flushed segment once more; the index has few files anyway.
    config.setUseCompoundFile(false);
    this.writer = new IndexWriter(directory, config);
    this.searchThreads =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            runnable -> {
              Thread thread = new Thread(runnable, "search-index-worker");
              thread.setDaemon(true);
              return thread;
            });
    this.searchers =
        new SearcherManager(writer, WarmSearcher.factory(searchThreads, facetsConfig, warmers));
    this.reopener = startReopening();
    this.visibleSeq = applied().seq(); // the searcher opened on it sees the last commit
  }

  /** Opens the index in {@code path}, creating an empty one if there is none. */
  public static SearchIndex open(Path path) throws IOException {
    return open(FSDirectory.open(path));
  }

  /** Opens the index in {@code directory} (which tests may wrap to fail as disks do). */
  public static SearchIndex open(Directory directory) throws IOException {
    return new SearchIndex(directory);
  }

  /** The thread that makes committed changes visible, a failure of it logged. */
  private ControlledRealTimeReopenThread<IndexSearcher> startReopening() {
    ControlledRealTimeReopenThread<IndexSearcher> thread =
        new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.01);
    thread.setName("search-index-reopen");
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler(
        (dead, failure) ->
            LOG.error("The search index's reopen thread stopped; it is started again", failure));
    thread.start();
    return thread;
  }

  /**
   * Why the index can no longer be written, if it cannot: Lucene closes its writer after a failure
   * it cannot recover from (running out of memory or disk while flushing). Only a new process opens
   * it again.
   */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(writer.getTragicException());
  }

  /** Whether the index was built with this version's document shape. */
  public boolean hasCurrentSchema() {
    return String.valueOf(IndexFields.SCHEMA_VERSION).equals(commitData().get(SCHEMA));
  }

  /**
   * A point of the change log: its position, and a stamp that tells it from the same position in
   * another database, or in this one after it lost commits and handed the position out again.
   */
  public record Position(long seq, String stamp) {

    /** A position of a log whose owner does not stamp positions (tests, benchmarks). */
    public static Position of(long seq) {
      return new Position(seq, "");
    }
  }

  /**
   * The change-log position of the last commit searches see: what a search finds is as current as
   * this, where {@link #applied()} may already be ahead while the searchers reopen.
   */
  public long visibleSeq() {
    return visibleSeq;
  }

  /** The change-log position the index is current to; 0 with an empty stamp for a new index. */
  public Position applied() {
    Map<String, String> data = commitData();
    String seq = data.get(APPLIED_SEQ);
    return new Position(
        seq == null ? 0 : Long.parseLong(seq), data.getOrDefault(APPLIED_STAMP, ""));
  }

  /** Receives documents; may be called from several threads at once. */
  @FunctionalInterface
  public interface DocumentSink {
    /**
     * @throws UncheckedIOException when the index cannot be written
     */
    void add(Document doc);
  }

  /** Writes a whole set of documents into a sink, from as many threads as it likes. */
  @FunctionalInterface
  public interface DocumentSource {
    void writeTo(DocumentSink sink) throws IOException;
  }

  /**
   * Replaces the whole content with what {@code source} writes, commits, and makes it visible. The
   * source may add from several threads: the writer indexes concurrently.
   */
  public void replaceAll(DocumentSource source, Position position) throws IOException {
    writer.deleteAll();
    AtomicLong generation = new AtomicLong();
    try {
      source.writeTo(
          doc -> {
            try {
              generation.accumulateAndGet(writer.addDocument(facetsConfig.build(doc)), Math::max);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      writer.rollback();
      throw e.getCause();
    }
    commit(position, generation.get());
  }

  /**
   * Adds or replaces documents (matched by id) and deletes others, commits, and returns once the
   * change is visible to searches.
   */
  public void apply(Collection<Document> upserts, Collection<String> deletions, Position position)
      throws IOException {
    long generation = 0;
    for (Document doc : upserts) {
      Term id = new Term(IndexFields.ID, doc.get(IndexFields.ID));
      generation = writer.updateDocument(id, facetsConfig.build(doc));
    }
    for (String id : deletions) {
      generation = writer.deleteDocuments(new Term(IndexFields.ID, id));
    }
    commit(position, generation);
  }

  private void commit(Position position, long generation) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(APPLIED_SEQ, Long.toString(position.seq()));
    data.put(APPLIED_STAMP, position.stamp());
    data.put(SCHEMA, Integer.toString(IndexFields.SCHEMA_VERSION));
    writer.setLiveCommitData(data.entrySet());
    long committed = writer.commit();
    long target = Math.max(generation, committed);
    try {
      while (!reopener.waitForGeneration(target, 1_000)) {
        if (!reopener.isAlive()) {
          // It stopped on a failure: reopen here (a failure that persists is thrown to the
          // caller, whose next round tries again), and start another.
          searchers.maybeRefreshBlocking();
          replaceReopener();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the index to reopen", e);
    }
    visibleSeq = position.seq();
  }

  private synchronized void replaceReopener() {
    if (!reopener.isAlive()) {
      reopener.close(); // unregisters it from the searcher manager
      reopener = startReopening();
    }
  }

  /** Runs {@code search} with a current searcher, always giving the searcher back. */
  @Override
  public <T> T search(SearchFunction<T> search) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return search.apply(searcher, ((WarmSearcher) searcher).facets());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Runs {@code warmer} on every view of the index opened from now on, before any search sees it:
   * for work the first search after a change would otherwise wait for.
   */
  public void addWarmer(SearchFunction<?> warmer) {
    warmers.add(warmer);
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Threads a search may hand part of its work to (half of a large facet count). */
  public ExecutorService searchThreads() {
    return searchThreads;
  }

  /** A search over one point-in-time view of the index. */
  @FunctionalInterface
  public interface SearchFunction<T> {
    /**
     * @param facets the facet ordinals of this view, or null when the index is empty
     */
    T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Closes in the reverse order of opening. */
  @Override
  public void close() throws IOException {
    reopener.close();
    searchers.close();
    searchThreads.shutdown();
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
