package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectoryEntry;
import dev.directory.search.query.Matches;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries an LDAP search finds: candidates from the search index (the filter's words, as
 * forgiving of accents and case as the search page), a chunk at a time, made into entries from the
 * index's stored fields and held to the filter, case and accents folded. No look-up goes to the
 * database: the index holds what an entry shows, as current as what the search page finds.
 */
@Singleton
final class LdapDirectory {

  /** The most entries one search answers, whatever the client's size limit. */
  static final int MOST = 500;

  /** The most candidates one text of a filter reads before the search gives up looking. */
  private static final int MOST_READ = 4 * MOST;

  private static final List<String> PEOPLE =
      List.of(ResultType.PERSON.code(), ResultType.PRESS_CONTACT.code());
  private static final List<String> ORGANIZATIONS =
      List.of(
          ResultType.MINISTRY.code(),
          ResultType.DEPARTMENT.code(),
          ResultType.MUNICIPAL_SERVICE.code(),
          ResultType.MISSION_OFFICE.code(),
          ResultType.PARTNER.code());

  private final Matches matches;
  private final LdapEntries entries;
  private final DN base;
  private final DN peopleUnit;
  private final DN organizationsUnit;

  LdapDirectory(Matches matches, LdapSettings settings) throws LDAPException {
    this.matches = matches;
    this.entries = new LdapEntries(settings.base());
    this.base = new DN(settings.base());
    this.peopleUnit = new DN(entries.people());
    this.organizationsUnit = new DN(entries.organizations());
  }

  String base() {
    return base.toString();
  }

  /**
   * The entries under {@code searchBase} in {@code scope} that pass {@code filter}, at most {@code
   * limit} and one more (so that the caller can tell the limit was reached).
   *
   * @throws LDAPException {@code noSuchObject} for a base outside the directory's
   */
  List<Entry> find(DN searchBase, SearchScope scope, Filter filter, int limit)
      throws LDAPException, IOException {
    if (!searchBase.isDescendantOf(base, true)) {
      throw new LDAPException(ResultCode.NO_SUCH_OBJECT, searchBase + " is not in this directory");
    }
    Answer answer = new Answer(searchBase, scope, filter, limit, new ArrayList<>());
    answer.keep(fixedEntries());
    for (DN unit : List.of(peopleUnit, organizationsUnit)) {
      List<String> types = unit.equals(peopleUnit) ? PEOPLE : ORGANIZATIONS;
      if (searchBase.isDescendantOf(unit, false)) {
        // one entry, by its address: read it, whatever the filter's words
        String id = searchBase.getRDN().getAttributeValues()[0];
        answer.keep(
            matches.entries(List.of(id)).stream()
                .filter(record -> types.contains(record.type().code()))
                .map(entries::of)
                .toList());
      } else if (searchBase.equals(base) || searchBase.equals(unit)) {
        keepCandidates(types, answer);
      }
    }
    return answer.found();
  }

  /**
   * Adds to {@code found} the entries of {@code types} under {@code searchBase} that pass the
   * filter, until there are more than {@code limit}. Candidates come from the search index, best
   * first, for each text of the filter (every record of the types without one), a chunk at a time:
   * an autocomplete reads about as many records as it answers.
   */
  private void keepCandidates(List<String> types, Answer answer) throws IOException, LDAPException {
    Candidates candidates = new Candidates(answer);
    Optional<FoldedFilters.Beginning> beginning = FoldedFilters.beginning(answer.filter());
    if (beginning.isPresent()) {
      // a word being typed in an address field: the names (and addresses) that begin with it
      matches.startingWith(
          beginning.get().word(),
          beginning.get().fields(),
          Map.of(Facet.TYPE, types),
          answer.limit() + 1,
          candidates::read);
      candidates.rethrow();
      return;
    }
    List<String> texts = FoldedFilters.texts(answer.filter());
    for (String text : texts.isEmpty() ? List.of("") : texts) {
      candidates.startOver();
      matches.inChunks(
          SearchRequest.of(text).withFilter(Facet.TYPE, types.toArray(String[]::new)),
          answer.limit() + 1,
          candidates::read);
      candidates.rethrow();
      if (answer.full()) {
        return;
      }
    }
  }

  /**
   * Reads candidates a chunk at a time into the answer, each once, until it is full or {@link
   * #MOST_READ} were read of one search.
   */
  private final class Candidates {

    private final Answer answer;
    private final Set<String> seen = new HashSet<>();
    private int read;
    private LDAPException failed;

    Candidates(Answer answer) {
      this.answer = answer;
    }

    boolean read(List<DirectoryEntry> chunk) {
      read += chunk.size();
      try {
        answer.keep(
            chunk.stream().filter(record -> seen.add(record.id())).map(entries::of).toList());
      } catch (LDAPException e) {
        failed = e;
        return false;
      }
      return !answer.full() && read < MOST_READ;
    }

    void startOver() {
      read = 0;
    }

    void rethrow() throws LDAPException {
      if (failed != null) {
        throw failed;
      }
    }
  }

  /**
   * The entries a search answers: those under its base and in its scope that pass its filter, at
   * most {@code limit} and one more (so that the caller can tell the limit was reached).
   */
  private record Answer(
      DN searchBase, SearchScope scope, Filter filter, int limit, List<Entry> found) {

    void keep(List<Entry> candidates) throws LDAPException {
      for (Entry entry : candidates) {
        if (full()) {
          return;
        }
        if (entry.matchesBaseAndScope(searchBase, scope) && FoldedFilters.matches(filter, entry)) {
          found.add(entry);
        }
      }
    }

    boolean full() {
      return found.size() > limit;
    }
  }

  private List<Entry> fixedEntries() {
    String dc = base.getRDN().getAttributeValues()[0];
    return List.of(
        new Entry(
            base.toString(),
            new Attribute("objectClass", "top", "domain"),
            new Attribute("dc", dc)),
        new Entry(
            peopleUnit.toString(),
            new Attribute("objectClass", "top", "organizationalUnit"),
            new Attribute("ou", "people")),
        new Entry(
            organizationsUnit.toString(),
            new Attribute("objectClass", "top", "organizationalUnit"),
            new Attribute("ou", "organizations")));
  }
}
