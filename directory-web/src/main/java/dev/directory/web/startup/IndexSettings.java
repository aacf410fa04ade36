package dev.directory.web.startup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * When a node's index is too far from the directory for the node to be sent traffic ({@code
 * /health} DOWN). A value that is not a positive duration or count stops the server at start.
 *
 * @param maxStall how long the index may make no progress while changes wait ({@code
 *     DIRECTORY_INDEX_MAX_STALL}, 30 s): a node whose following has stopped is taken out
 * @param maxLag how many changes the index may be behind ({@code DIRECTORY_INDEX_MAX_LAG}; none by
 *     default, so that a large import elsewhere, which every node catches up with at once, never
 *     takes every node out together)
 */
@ConfigurationProperties("directory.index")
public record IndexSettings(
    @Bindable(defaultValue = "30s") Duration maxStall, @Nullable Long maxLag) {

  public IndexSettings {
    if (maxStall.isNegative() || maxStall.isZero()) {
      throw new IllegalStateException(
          "directory.index.max-stall (DIRECTORY_INDEX_MAX_STALL) must be a positive duration,"
              + " such as 30s; it is "
              + maxStall);
    }
    if (maxLag != null && maxLag < 1) {
      throw new IllegalStateException(
          "directory.index.max-lag (DIRECTORY_INDEX_MAX_LAG) must be a whole number of changes,"
              + " 1 or more; it is "
              + maxLag);
    }
  }
}
