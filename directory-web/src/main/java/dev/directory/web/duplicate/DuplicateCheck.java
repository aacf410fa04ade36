package dev.directory.web.duplicate;

import dev.directory.core.change.RecordKind;
import dev.directory.core.duplicate.NotTheSame;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.search.duplicates.Duplicates;
import dev.directory.search.duplicates.Traits;
import dev.directory.search.sync.IndexSync;
import dev.directory.web.record.Ref;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check a save makes: the stored records likely the same as the one just written, but those
 * marked "not the same" as it. The index is first brought up to the newest committed change (for at
 * most {@link #CATCH_UP}), so that a save is checked against every earlier one, however recent: the
 * index otherwise opens new changes a moment later.
 */
@Singleton
public class DuplicateCheck {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateCheck.class);

  private final Duplicates duplicates;
  private final People people;
  private final Organizations organizations;
  private final NotTheSame notTheSame;
  private final CatchUp catchUp;

  /** How long a check waits for the index to open the saves before it. */
  static final Duration CATCH_UP = Duration.ofSeconds(2);

  /** Brings the index up to the newest committed change, or tries to for a while. */
  @FunctionalInterface
  public interface CatchUp {
    void run() throws IOException, InterruptedException;
  }

  @Inject
  DuplicateCheck(
      Duplicates duplicates,
      People people,
      Organizations organizations,
      NotTheSame notTheSame,
      IndexSync sync) {
    this(duplicates, people, organizations, notTheSame, () -> sync.awaitCommitted(CATCH_UP));
  }

  /**
   * @param catchUp how the index catches up before a check; an import's report, over an index
   *     nobody else writes, has nothing to wait for
   */
  public DuplicateCheck(
      Duplicates duplicates,
      People people,
      Organizations organizations,
      NotTheSame notTheSame,
      CatchUp catchUp) {
    this.catchUp = catchUp;
    this.duplicates = duplicates;
    this.people = people;
    this.organizations = organizations;
    this.notTheSame = notTheSame;
  }

  public List<PossibleDuplicate> person(String id) {
    Person person = people.find(id).orElseThrow();
    Organization organization = organizations.find(person.organizationId()).orElse(null);
    return like(RecordKind.PERSON, Traits.of(person, organization));
  }

  public List<PossibleDuplicate> organization(String id) {
    return like(RecordKind.ORGANIZATION, Traits.of(organizations.find(id).orElseThrow()));
  }

  /**
   * The likely pairs among records not yet stored (the rows of one upload): for each, the other
   * record of its pair, without a page.
   */
  public Map<String, List<PossibleDuplicate>> among(List<Traits> records) {
    Map<String, List<PossibleDuplicate>> alike = new LinkedHashMap<>();
    try {
      for (Duplicates.Pair pair : duplicates.among(records)) {
        alike
            .computeIfAbsent(pair.a().id(), id -> new ArrayList<>())
            .add(
                new PossibleDuplicate(
                    pair.b().id(),
                    pair.b().name(),
                    pair.likeness().score(),
                    Reasons.of(pair.likeness()),
                    null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return alike;
  }

  /**
   * The likely pairs that records just written (by an import) make with the others and among
   * themselves, each once, best first; but those marked "not the same".
   */
  public List<DuplicatePair> written(RecordKind kind, List<Traits> records) {
    Map<String, Duplicates.Pair> pairs = new LinkedHashMap<>();
    try {
      for (Traits traits : records) {
        for (Duplicates.Candidate alike : duplicates.like(traits)) {
          add(pairs, new Duplicates.Pair(traits, alike.traits(), alike.likeness()));
        }
      }
      duplicates.among(records).forEach(pair -> add(pairs, pair));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs.values().stream()
        .filter(pair -> !notTheSame.marked(kind, pair.a().id(), pair.b().id()))
        .sorted(Comparator.comparingDouble((Duplicates.Pair pair) -> -pair.likeness().score()))
        .map(pair -> DuplicatePair.of(kind, pair))
        .toList();
  }

  private static void add(Map<String, Duplicates.Pair> pairs, Duplicates.Pair pair) {
    boolean ordered = pair.a().id().compareTo(pair.b().id()) < 0;
    Duplicates.Pair key = ordered ? pair : new Duplicates.Pair(pair.b(), pair.a(), pair.likeness());
    pairs.putIfAbsent(key.a().id() + "\t" + key.b().id(), key);
  }

  /**
   * Waits until the index has opened every save committed before now, {@link #CATCH_UP} at most:
   * call it before a save whose check follows (outside its transaction, which holds the change
   * log's writer lock), so that the check sees every earlier save, however recent.
   */
  public void awaitEarlierSaves() {
    try {
      catchUp.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.warn("The index could not catch up before a duplicate check; it checks what it holds", e);
    }
  }

  /** The records likely the same as {@code traits}, best first. */
  public List<PossibleDuplicate> like(RecordKind kind, Traits traits) {
    try {
      return duplicates.like(traits).stream()
          .filter(c -> !notTheSame.marked(kind, traits.id(), c.traits().id()))
          .map(
              c -> {
                Ref ref =
                    kind == RecordKind.PERSON
                        ? Ref.person(c.traits().id(), c.traits().name())
                        : Ref.organization(c.traits().id(), c.traits().name());
                return new PossibleDuplicate(
                    ref.id(),
                    ref.name(),
                    c.likeness().score(),
                    Reasons.of(c.likeness()),
                    ref.url());
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
