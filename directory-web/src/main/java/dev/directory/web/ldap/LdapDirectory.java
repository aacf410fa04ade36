package dev.directory.web.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import dev.directory.search.index.Facet;
import dev.directory.search.query.DirectorySearch;
import dev.directory.search.query.Matches;
import dev.directory.search.query.ResultType;
import dev.directory.search.query.SearchRequest;
import dev.directory.web.record.RecordViews.PersonView;
import dev.directory.web.record.Records;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries an LDAP search finds: candidates from the search index (the filter's words, as
 * forgiving of accents and case as the search page), read whole from the database, then held to the
 * filter, case and accents folded.
 */
@Singleton
final class LdapDirectory {

  /** The most entries one search answers, whatever the client's size limit. */
  static final int MOST = 500;

  private static final List<String> PEOPLE =
      List.of(ResultType.PERSON.code(), ResultType.PRESS_CONTACT.code());
  private static final List<String> ORGANIZATIONS =
      List.of(
          ResultType.MINISTRY.code(),
          ResultType.DEPARTMENT.code(),
          ResultType.MUNICIPAL_SERVICE.code(),
          ResultType.MISSION_OFFICE.code(),
          ResultType.PARTNER.code());

  private final DirectorySearch search;
  private final Matches matches;
  private final Records records;
  private final LdapEntries entries;
  private final DN base;
  private final DN people;
  private final DN organizations;

  LdapDirectory(DirectorySearch search, Matches matches, Records records, LdapSettings settings)
      throws LDAPException {
    this.search = search;
    this.matches = matches;
    this.records = records;
    this.entries = new LdapEntries(settings.base());
    this.base = new DN(settings.base());
    this.people = new DN(entries.people());
    this.organizations = new DN(entries.organizations());
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
    List<Entry> found = new ArrayList<>();
    for (Entry fixed : fixedEntries()) {
      if (fixed.matchesBaseAndScope(searchBase, scope) && FoldedFilters.matches(filter, fixed)) {
        found.add(fixed);
      }
    }
    for (DN unit : List.of(people, organizations)) {
      List<String> types = unit.equals(people) ? PEOPLE : ORGANIZATIONS;
      if (searchBase.isDescendantOf(unit, false)) {
        // one entry, by its address: read it, whatever the filter's words
        String id = searchBase.getRDN().getAttributeValues()[0];
        keep(entries(Map.of(id, types.get(0))), searchBase, scope, filter, limit, found);
      } else if (searchBase.equals(base) || searchBase.equals(unit)) {
        keep(entries(candidates(types, filter)), searchBase, scope, filter, limit, found);
      }
    }
    return found;
  }

  /** The ids and types of the records the filter's words find, or of every record without words. */
  private Map<String, String> candidates(List<String> types, Filter filter) throws IOException {
    Map<String, String> candidates = new LinkedHashMap<>();
    List<String> texts = FoldedFilters.texts(filter);
    if (texts.isEmpty()) {
      int[] left = {MOST + 1};
      matches.forEach(
          SearchRequest.of("").withFilter(Facet.TYPE, types.toArray(String[]::new)),
          hit -> {
            if (left[0]-- > 0) {
              candidates.put(hit.id(), hit.type().code());
            }
          });
      return candidates;
    }
    for (String text : texts) {
      SearchRequest words =
          new SearchRequest(
              text,
              Map.of(Facet.TYPE, types),
              SearchRequest.Order.RELEVANCE,
              1,
              SearchRequest.MAX_SIZE);
      search.search(words).hits().forEach(hit -> candidates.put(hit.id(), hit.type().code()));
    }
    return candidates;
  }

  /** The entries of these records, read from the database; one deleted meanwhile is left out. */
  private List<Entry> entries(Map<String, String> records) {
    List<String> personIds =
        records.entrySet().stream()
            .filter(record -> ResultType.parse(record.getValue()).isPerson())
            .map(Map.Entry::getKey)
            .toList();
    Map<String, PersonView> readPeople = this.records.people(personIds);
    List<Entry> read = new ArrayList<>();
    for (Map.Entry<String, String> record : records.entrySet()) {
      if (ResultType.parse(record.getValue()).isPerson()) {
        PersonView person = readPeople.get(record.getKey());
        if (person != null) {
          read.add(entries.person(person));
        }
      } else {
        this.records.organization(record.getKey()).map(entries::organization).ifPresent(read::add);
      }
    }
    return read;
  }

  private static void keep(
      List<Entry> candidates,
      DN searchBase,
      SearchScope scope,
      Filter filter,
      int limit,
      List<Entry> found)
      throws LDAPException {
    for (Entry entry : candidates) {
      if (found.size() > limit) {
        return;
      }
      if (entry.matchesBaseAndScope(searchBase, scope) && FoldedFilters.matches(filter, entry)) {
        found.add(entry);
      }
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
            people.toString(),
            new Attribute("objectClass", "top", "organizationalUnit"),
            new Attribute("ou", "people")),
        new Entry(
            organizations.toString(),
            new Attribute("objectClass", "top", "organizationalUnit"),
            new Attribute("ou", "organizations")));
  }
}
