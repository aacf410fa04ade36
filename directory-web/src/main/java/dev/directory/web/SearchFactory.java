package dev.directory.web;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.Matches;
import dev.directory.search.routing.LiveRouter;
import dev.directory.search.suggest.Suggestions;
import dev.directory.search.sync.IndexSync;
import dev.directory.search.sync.TouchedRecords;
import dev.directory.web.freshness.Freshness;
import dev.directory.web.settings.DirectorySettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

/** Wires the search library, which knows nothing of Micronaut, into the application. */
@Factory
final class SearchFactory {

  @Singleton
  @Bean(preDestroy = "close")
  SearchIndex searchIndex(DirectorySettings settings) throws IOException {
    return SearchIndex.open(Files.createDirectories(settings.index()));
  }

  @Singleton
  @Bean(preDestroy = "close")
  IndexSync indexSync(
      SearchIndex index,
      ChangeLog changeLog,
      Organizations organizations,
      People people,
      Topics topics,
      Positions positions,
      Freshness freshness) {
    return new IndexSync(
        index, changeLog, organizations, people, topics, positions, freshness, Clock.systemUTC());
  }

  @Context // reads the world's places at start
  LiveRouter router(
      ChangeLog changeLog,
      Organizations organizations,
      MissionOffices offices,
      People people,
      Topics topics,
      Positions positions) {
    return new LiveRouter(changeLog, organizations, offices, people, topics, positions);
  }

  @Singleton
  Duplicates duplicates(SearchIndex index) {
    return new Duplicates(index);
  }

  @Singleton
  Suggestions suggestions(SearchIndex index) {
    return new Suggestions(index);
  }

  @Singleton
  Matches matches(SearchIndex index) {
    return new Matches(index);
  }

  @Singleton
  TouchedRecords touchedRecords(Organizations organizations, People people, Positions positions) {
    return new TouchedRecords(organizations, people, positions);
  }

  @Singleton
  DirectorySearch directorySearch(SearchIndex index, IndexSync sync) {
    return new DirectorySearch(index, sync::topicLabel, sync::topicTerms);
  }
}
