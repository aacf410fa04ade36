package dev.directory.web.quality;

import dev.directory.search.SearchIndex;
import dev.directory.search.quality.HealthCounts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The index's counts for data health, one per node. */
@Factory
class HealthCountsFactory {

  @Singleton
  HealthCounts healthCounts(SearchIndex index) {
    return new HealthCounts(index);
  }
}
