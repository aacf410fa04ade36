package dev.directory.web.watch;

import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.ProblemWord;
import dev.directory.core.problem.Refused;
import dev.directory.core.watch.WatchKind;
import dev.directory.core.watch.Watches;
import dev.directory.search.SearchIndex;
import dev.directory.search.query.Matches;
import dev.directory.search.query.SearchRequest;
import dev.directory.web.search.SearchParameters;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a watch follows when it is made: the record, the organisation with everything under it, or
 * what the search finds, read at one position of the change log (the index's, which is at least as
 * new as what the search reads).
 */
@Singleton
record WatchTargets(
    Watches watches,
    Organizations organizations,
    People people,
    Positions positions,
    Matches matches,
    SearchIndex index) {

  /** A target checked, with what it is called and the records it follows now. */
  record Resolved(WatchKind kind, String target, String label, Set<String> followed, long seq) {}

  /**
   * @throws NotFound for a record or organisation no one has
   * @throws Refused for a search that does not read as one, or one that finds too many records
   */
  Resolved resolve(WatchKind kind, String target) {
    long seq = index.visibleSeq();
    return switch (kind) {
      case RECORD -> new Resolved(kind, target, recordName(target), Set.of(target), seq);
      case ORGANIZATION -> {
        String name =
            organizations
                .find(target)
                .orElseThrow(
                    () -> NotFound.of(ProblemCode.NOT_FOUND, ProblemWord.ORGANIZATION, target))
                .name();
        yield new Resolved(kind, target, name, below(target), seq);
      }
      case SEARCH -> {
        String query = target.startsWith("?") ? target.substring(1) : target;
        SearchRequest request = SearchParameters.parse(query).toRequest();
        yield new Resolved(kind, query, label(query), found(request), seq);
      }
    };
  }

  /** Makes {@code username}'s watch of what the body names, in {@code language}. */
  Watches.WithSecret watch(WatchController.NewWatch body, String username, String language) {
    Resolved resolved = resolve(WatchController.kindOf(body), WatchController.targetOf(body));
    return watches.watch(
        username,
        resolved.kind(),
        resolved.target(),
        resolved.label(),
        resolved.followed(),
        resolved.seq(),
        language,
        Instant.now());
  }

  /** Which of some records a search finds now. */
  Set<String> among(String query, Collection<String> ids) {
    try {
      return matches.among(SearchParameters.parse(query).toRequest(), ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String recordName(String id) {
    return people
        .find(id)
        .map(Person::fullName)
        .or(() -> organizations.find(id).map(o -> o.name()))
        .or(() -> positions.find(id).map(p -> p.title()))
        .orElseThrow(() -> NotFound.of(ProblemCode.NOT_FOUND, ProblemWord.RECORD, id));
  }

  private Set<String> below(String organizationId) {
    Set<String> followed = new HashSet<>(organizations.subtreeIds(organizationId));
    Set<String> peopleThere = new HashSet<>(people.idsInOrganizations(followed));
    followed.addAll(positions.idsOf(followed, peopleThere));
    followed.addAll(peopleThere);
    return followed;
  }

  /** What a search finds, read until there are more than a watch may follow. */
  private Set<String> found(SearchRequest request) {
    Set<String> ids = new HashSet<>();
    try {
      matches.inChunks(
          request,
          5_000,
          chunk -> {
            chunk.forEach(entry -> ids.add(entry.id()));
            return ids.size() <= Watches.MOST_MEMBERS;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** A search's parameters as words: {@code q=health&type=ministry} as "health, type: ministry". */
  private static String label(String query) {
    StringBuilder label = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
      if (label.length() > 0) {
        label.append(", ");
      }
      label.append(name.equals("q") ? "“" + value + "”" : name + ": " + value);
    }
    return label.length() == 0 ? "everything" : label.toString();
  }
}
