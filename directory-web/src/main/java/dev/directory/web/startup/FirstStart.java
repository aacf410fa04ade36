package dev.directory.web.startup;

import dev.directory.core.importing.CsvImporter;
import dev.directory.core.importing.ImportFailedException;
import dev.directory.core.importing.ImportResult;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.search.sync.IndexSync;
import dev.directory.web.settings.DirectorySettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the server answers: imports the seed data into an empty database, brings the search index
 * up to date, and starts following the change log.
 */
@Singleton
@Requires(notEnv = ImportCommand.ENVIRONMENT)
record FirstStart(
    DirectorySettings settings,
    Organizations organizations,
    People people,
    CsvImporter importer,
    IndexSync sync,
    Readiness readiness)
    implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

  /** The exit status of a node stopped because its index cannot be written. */
  static final int EXIT_BROKEN_INDEX = 70;

  @Override
  public void onApplicationEvent(StartupEvent event) {
    try {
      if (organizations.count() == 0 && people.count() == 0) {
        importSeed();
      }
      sync.catchUp();
      readiness.dataReady();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sync.startPolling(settings.syncIntervalMillis(), FirstStart::stopTheNode);
    LOG.info("Directory home: {}", settings.home().toAbsolutePath().normalize());
  }

  /**
   * The index can no longer be written (Lucene closed its writer after running out of memory or
   * disk): no round will ever bring it up to date, so the node stops, for its supervisor to start
   * it again with an index it can write. /health says DOWN meanwhile.
   */
  private static void stopTheNode(Throwable failure) {
    LOG.error(
        "The search index can no longer be written; stopping this node, for its supervisor to"
            + " start it again",
        failure);
    Thread stopping = new Thread(() -> System.exit(EXIT_BROKEN_INDEX), "stopping");
    stopping.start();
  }

  private void importSeed() throws IOException {
    if (!Files.isDirectory(settings.seed())) {
      LOG.warn(
          "The database is empty and there is no seed folder at {}; starting with an empty"
              + " directory",
          settings.seed().toAbsolutePath());
      return;
    }
    try {
      ImportResult result = importer.importFrom(settings.seed());
      LOG.info("Imported the seed data from {}: {}", settings.seed(), result);
    } catch (ImportFailedException e) {
      throw new IllegalStateException(
          "The seed data in "
              + settings.seed().toAbsolutePath()
              + " was refused. "
              + e.getMessage(),
          e);
    }
  }
}
