package dev.directory.search.sync;

import dev.directory.core.change.RecordKind;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.topic.Topic;
import dev.directory.search.SearchIndex;
import dev.directory.search.document.DocumentFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;

/**
 * The documents of every record, for a rebuild: organisations and positions first, then people read
 * a page at a time while workers turn the pages already read into documents.
 */
record AllDocuments(
    RecordDocuments documents, Organizations organizations, People people, Positions positions) {

  /** How many people a rebuild's worker turns into documents at a time. */
  private static final int REBUILD_PAGE = 1_000;

  /**
   * Adds the document of every record to {@code sink}, counting them in {@code count}; {@code
   * progressed} is told each time a page of people has been added.
   */
  void addTo(
      SearchIndex.DocumentSink sink,
      Map<String, Topic> vocabulary,
      LocalDate today,
      AtomicLong count,
      Runnable progressed) {
    Map<String, Organization> all = new HashMap<>();
    organizations.findAll().forEach(o -> all.put(o.id(), o));
    List<Position> allPositions = positions.findAll();
    DocumentFactory factory =
        documents.factoryFor(
            vocabulary,
            Map.of(
                RecordKind.ORGANIZATION,
                all.keySet(),
                RecordKind.POSITION,
                allPositions.stream().map(Position::id).toList()));
    count.addAndGet(all.size());
    for (Organization organization : all.values()) {
      sink.add(
          factory.organization(
              organization,
              organization.ancestors(all::get),
              RecordDocuments.names(organization.successorIds(), all::get)));
    }
    addPeople(sink, vocabulary, all, count, progressed);
    for (Document post : documents.positionDocuments(factory, allPositions, all::get, today)) {
      sink.add(post);
      count.incrementAndGet();
    }
  }

  /**
   * Adds every person's document: people are read from the database a page at a time on this thread
   * while workers, one per core, turn the pages read before into documents and add them, so reading
   * and indexing overlap. At most two pages per worker wait, whatever the directory's size.
   */
  private void addPeople(
      SearchIndex.DocumentSink sink,
      Map<String, Topic> vocabulary,
      Map<String, Organization> all,
      AtomicLong count,
      Runnable progressed) {
    int workers = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread = new Thread(runnable, "index-rebuild");
              thread.setDaemon(true);
              return thread;
            });
    Semaphore waiting = new Semaphore(workers * 2);
    List<Future<?>> pages = new ArrayList<>();
    List<Person> page = new ArrayList<>();
    Consumer<List<Person>> submit =
        people -> {
          waiting.acquireUninterruptibly();
          DocumentFactory factory =
              documents.factoryFor(
                  vocabulary, Map.of(RecordKind.PERSON, people.stream().map(Person::id).toList()));
          pages.add(
              pool.submit(
                  () -> {
                    try {
                      for (Person person : people) {
                        Organization organization = all.get(person.organizationId());
                        sink.add(
                            factory.person(person, organization, organization.ancestors(all::get)));
                      }
                      count.addAndGet(people.size());
                      progressed.run();
                    } finally {
                      waiting.release();
                    }
                  }));
        };
    try {
      people.forEach(
          person -> {
            page.add(person);
            if (page.size() == REBUILD_PAGE) {
              submit.accept(List.copyOf(page));
              page.clear();
            }
          });
      submit.accept(List.copyOf(page));
      for (Future<?> done : pages) {
        done.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the rebuild was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
