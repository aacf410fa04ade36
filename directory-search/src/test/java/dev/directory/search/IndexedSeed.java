package dev.directory.search;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.sync.IndexSync;
import dev.directory.search.sync.Staleness;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The seed network (plus any fixture folders) imported into the test database and indexed in a
 * temporary folder: the corpus of the search golden tests.
 */
public final class IndexedSeed implements AutoCloseable {

  public static final Path SEED = Path.of("..", "data");

  private final SearchIndex index;
  private final IndexSync sync;

  private IndexedSeed(SearchIndex index, IndexSync sync) {
    this.index = index;
    this.sync = sync;
  }

  /** Imports the seed, then each fixture folder, and indexes everything. */
  public static IndexedSeed build(ApplicationContext context, Path... fixtures) throws Exception {
    return build(context, Staleness.NONE, fixtures);
  }

  /** As {@link #build(ApplicationContext, Path...)}, with records marked stale by {@code stale}. */
  public static IndexedSeed build(ApplicationContext context, Staleness stale, Path... fixtures)
      throws Exception {
    CsvImporter importer = context.getBean(CsvImporter.class);
    importer.importFrom(SEED);
    for (Path fixture : fixtures) {
      importer.importFrom(fixture);
    }
    SearchIndex index = SearchIndex.open(Files.createTempDirectory("index"));
    IndexSync sync =
        new IndexSync(
            index,
            context.getBean(ChangeLog.class),
            context.getBean(Organizations.class),
            context.getBean(People.class),
            context.getBean(Topics.class),
            context.getBean(Positions.class),
            stale,
            Clock.systemUTC());
    sync.catchUp();
    return new IndexedSeed(index, sync);
  }

  public SearchIndex index() {
    return index;
  }

  public IndexSync sync() {
    return sync;
  }

  @Override
  public void close() throws Exception {
    sync.close();
    index.close();
  }
}
