package dev.directory.web.watch;

import dev.directory.core.watch.WatchFollowing;
import dev.directory.search.SearchIndex;
import dev.directory.web.startup.ImportCommand;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the change log into watches' events every few seconds, as far as this node's index has
 * opened it (a search watch asks the index whether a changed record is still found). Every node
 * does; the cursor in the database lets each change become events once.
 */
@Singleton
@Requires(notEnv = ImportCommand.ENVIRONMENT)
record WatchFollower(WatchFollowing following, WatchTargets targets, SearchIndex index) {

  private static final Logger LOG = LoggerFactory.getLogger(WatchFollower.class);

  @Scheduled(fixedDelay = "${directory.watches.follow-interval:5s}", initialDelay = "5s")
  void followOnTimer() {
    try {
      follow();
    } catch (Throwable e) {
      LOG.error("Watches could not follow the change log; they try again shortly", e);
    }
  }

  /**
   * @return the events written
   */
  int follow() {
    return following.follow(index.visibleSeq(), targets::among) + following.followReports();
  }
}
