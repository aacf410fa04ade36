package dev.directory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.change.ChangeLog;
import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topics;
import dev.directory.search.SearchIndex;
import dev.directory.search.sync.IndexSync;
import dev.directory.search.sync.Staleness;
import dev.directory.web.freshness.Freshness;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A node whose index has stopped following the directory — here every round of its sync killed by
 * an Error, injected where the sync asks which records are stale — is taken out by {@code /health}
 * (DOWN, 503, the cause and the lag in JSON) once {@code directory.index.max-stall} has passed
 * while a change waits; it is UP again, and the change found, once the rounds succeed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexStallTest implements TemporaryHome {

  static final AtomicBoolean STALLED = new AtomicBoolean(false);

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return homeAnd(
        Map.of(
            "directory.test.stalling-index-sync", "true",
            "directory.index.max-stall", "1s",
            "directory.sync-interval-millis", "100"));
  }

  @Test
  void aNodeWhoseIndexStopsFollowingGoesDownNamingTheCauseAndUpWhenItFollowsAgain()
      throws Exception {
    assertEquals(200, health().getStatus().getCode());
    STALLED.set(true);
    try {
      Map<String, Object> person =
          client.toBlocking().retrieve("/api/people/maria-elena-santos", Map.class);
      Map<String, Object> changed = new HashMap<>(person);
      changed.put("title", "Stalledmarker officer");
      client.toBlocking().exchange(HttpRequest.PUT("/api/people/maria-elena-santos", changed));

      HttpResponse<String> down = awaitStatus(503);
      assertTrue(down.getContentType().orElseThrow().toString().contains("json"));
      String body = down.body();
      assertTrue(body.contains("\"status\":\"DOWN\""), body);
      assertTrue(body.contains("has not followed the directory"), body);
      assertTrue(body.contains("\"indexLag\":1"), body);
    } finally {
      STALLED.set(false);
    }

    awaitStatus(200);
    String found = client.toBlocking().retrieve("/api/search?q=stalledmarker");
    assertTrue(found.contains("maria-elena-santos"), found);
  }

  private HttpResponse<String> awaitStatus(int status) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    HttpResponse<String> answer = health();
    while (answer.getStatus().getCode() != status) {
      assertTrue(System.nanoTime() < deadline, "health stayed " + answer.getStatus());
      Thread.sleep(100);
      answer = health();
    }
    return answer;
  }

  private HttpResponse<String> health() {
    try {
      return client.toBlocking().exchange("/health", String.class);
    } catch (HttpClientResponseException e) {
      return HttpResponse.status(e.getStatus())
          .contentType(e.getResponse().getContentType().orElse(null))
          .body(e.getResponse().getBody(String.class).orElse(""));
    }
  }

  /** The node's index sync, with the fault: while stalled, each round dies of an Error. */
  @Factory
  @Requires(property = "directory.test.stalling-index-sync", value = "true")
  static class StallingSync {

    @Singleton
    @Replaces(value = IndexSync.class, factory = SearchFactory.class)
    @Bean(preDestroy = "close")
    IndexSync indexSync(
        SearchIndex index,
        ChangeLog changeLog,
        Organizations organizations,
        People people,
        Topics topics,
        Positions positions,
        Freshness freshness) {
      Staleness stalling =
          new Staleness() {
            @Override
            public Set<String> staleAmong(RecordKind kind, Collection<String> ids) {
              if (STALLED.get()) {
                throw new StackOverflowError("injected into the index's round");
              }
              return freshness.staleAmong(kind, ids);
            }

            @Override
            public Map<RecordKind, Set<String>> turnedStale(LocalDate since, LocalDate today) {
              return freshness.turnedStale(since, today);
            }
          };
      return new IndexSync(
          index, changeLog, organizations, people, topics, positions, stalling, Clock.systemUTC());
    }
  }
}
