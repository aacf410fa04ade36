package dev.directory.search.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.search.SearchIndex;
import dev.directory.search.bench.SyntheticDirectory;
import dev.directory.search.document.DocumentFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written test set of {@code src/test/resources/duplicates}: people and organisations
 * entered twice as staff do (an initial, a second family name, names swapped, a typo, another
 * organisation of the country, a phone written two ways) beside records that only look alike (one
 * common name in two countries, siblings at one organisation, a couple, namesakes, colleagues
 * sharing a role mailbox and switchboard, a ministry of the same name in another country). It is
 * judged alone, as a directory of a few dozen records ({@link SmallDirectoryDuplicatesTest}), and
 * among 5,000 synthetic people whose given names are the test set's common ones, so that agreeing
 * on "María" weighs what it does in a real directory ({@link DuplicateTestSetTest}). Every miss is
 * printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DuplicateTestSet {

  /** How many synthetic people stand beside the test set; none, and no organisations either. */
  abstract int syntheticPeople();

  private static final List<String> COMMON_GIVEN_NAMES =
      List.of("María", "José", "Juan", "Ana", "Jean", "Marie", "Fatou", "Carlos", "Luis", "Pedro");

  @TempDir static Path dir;

  private SearchIndex index;
  private Duplicates duplicates;
  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private final Set<String> samePeople = new TreeSet<>();
  private final Set<String> sameOrganizations = new TreeSet<>();
  private final Map<String, String> why = new HashMap<>();

  @BeforeAll
  void indexTheTestSetAmongSyntheticPeople() throws IOException {
    for (CSVRecord row : rows("organizations.csv")) {
      Organization organization =
          new Organization(
              row.get("id"),
              OrganizationKind.parse(row.get("kind")),
              row.get("name"),
              blank(row.get("local_name")),
              List.of(),
              blank(row.get("parent_id")),
              row.get("country"),
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              OrganizationStatus.ACTIVE,
              List.of(),
              List.of());
      organizations.put(organization.id(), organization);
      truth(row, sameOrganizations);
    }
    for (CSVRecord row : rows("people.csv")) {
      String country = organizations.get(row.get("organization_id")).country();
      Person person =
          new Person(
              row.get("id"),
              row.get("given_name"),
              row.get("family_name"),
              null,
              row.get("organization_id"),
              List.of(),
              row.get("email").isBlank()
                  ? List.of()
                  : List.of(new Email(EmailType.WORK, row.get("email"))),
              row.get("phone").isBlank()
                  ? List.of()
                  : List.of(PhoneNumbers.read(PhoneType.WORK, row.get("phone"), country)),
              List.of(),
              List.of(),
              false,
              Visibility.INTERNAL,
              null);
      people.put(person.id(), person);
      truth(row, samePeople);
    }
    SyntheticDirectory background =
        new SyntheticDirectory(5, syntheticPeople() == 0 ? 0 : 300, syntheticPeople());
    DocumentFactory factory = new DocumentFactory(background.topics());
    index = SearchIndex.open(dir);
    index.replaceAll(
        sink -> {
          for (Organization organization : background.organizations()) {
            sink.add(factory.organization(organization, background.ancestors(organization)));
          }
          Random random = new Random(5);
          for (int i = 0; i < background.peopleCount(); i++) {
            Person synthetic = background.person(i);
            Person commonlyNamed =
                new Person(
                    synthetic.id(),
                    COMMON_GIVEN_NAMES.get(random.nextInt(COMMON_GIVEN_NAMES.size())),
                    synthetic.familyName(),
                    synthetic.jobTitle(),
                    synthetic.organizationId(),
                    synthetic.roles(),
                    synthetic.emails(),
                    synthetic.phones(),
                    synthetic.languages(),
                    synthetic.topicIds(),
                    false,
                    synthetic.visibility(),
                    null);
            Organization organization = background.organization(synthetic.organizationId());
            sink.add(
                factory.person(commonlyNamed, organization, background.ancestors(organization)));
          }
          for (Organization organization : organizations.values()) {
            sink.add(factory.organization(organization, ancestors(organization)));
          }
          for (Person person : people.values()) {
            Organization organization = organizations.get(person.organizationId());
            sink.add(factory.person(person, organization, ancestors(organization)));
          }
        },
        SearchIndex.Position.of(1));
    duplicates = new Duplicates(index);
  }

  @AfterAll
  void closeTheIndex() throws IOException {
    index.close();
  }

  @Test
  void findsThePeopleEnteredTwiceAndNotThoseWhoOnlyLookAlike() throws IOException {
    assertFindsTheTruth(Traits.Kind.PERSON, samePeople);
  }

  @Test
  void findsTheOrganisationsEnteredTwiceAndNotTheNamesakes() throws IOException {
    assertFindsTheTruth(Traits.Kind.ORGANIZATION, sameOrganizations);
  }

  @Test
  void namesTheFirstEntryWhenTheSecondIsSavedWithEachFieldsAgreement() throws IOException {
    Person second = people.get("p02");
    List<Duplicates.Candidate> like =
        duplicates.like(Traits.of(second, organizations.get(second.organizationId())));

    assertEquals(List.of("p01"), like.stream().map(c -> c.traits().id()).toList());
    Map<String, Agreement.Level> levels = new HashMap<>();
    like.get(0).likeness().agreements().forEach(a -> levels.put(a.field(), a.level()));
    assertEquals(Agreement.Level.SAME, levels.get("family_name"));
    assertEquals(Agreement.Level.SAME, levels.get("given_name"));
    assertEquals(Agreement.Level.SAME, levels.get("organization"));
    assertEquals(Agreement.Level.DIFFERENT, levels.get("email"));
  }

  @Test
  void weighsAgreementOnARareNameMoreThanOnACommonOne() {
    Frequencies frequencies =
        new Frequencies() {
          @Override
          public double records() {
            return 10_000;
          }

          @Override
          public double word(String token) {
            return token.equals("marie") ? 0.05 : 0.0001;
          }

          @Override
          public double wholeName(String name) {
            return 0.0001;
          }

          @Override
          public double email(String address) {
            return 0.0001;
          }

          @Override
          public double phone(String number) {
            return 0.0001;
          }

          @Override
          public int holders(String field, String value) {
            return 1;
          }

          @Override
          public double above(String id) {
            return 0.01;
          }

          @Override
          public double country(String code) {
            return 0.1;
          }

          @Override
          public double kind(String code) {
            return 0.1;
          }
        };
    Traits common = Traits.of(people.get("p09"), organizations.get("test-office-sn"));
    Likeness onMarie = Scoring.compare(common, common, frequencies);
    Agreement given =
        onMarie.agreements().stream()
            .filter(a -> a.field().equals("given_name"))
            .findFirst()
            .orElseThrow();
    Agreement family =
        onMarie.agreements().stream()
            .filter(a -> a.field().equals("family_name"))
            .findFirst()
            .orElseThrow();
    assertTrue(family.weight() > given.weight() + 5, onMarie::toString);
  }

  private void assertFindsTheTruth(Traits.Kind kind, Set<String> truth) throws IOException {
    Set<String> found = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Duplicates.Pair pair : duplicates.scan(kind, (a, b) -> false)) {
      String key = DuplicateScanMeasure.key(pair.a().id(), pair.b().id());
      if (truth.contains(key)) {
        found.add(key);
      } else {
        wrong.add(
            String.format(
                Locale.ROOT,
                "%s / %s (%.1f) %s",
                pair.a().name(),
                pair.b().name(),
                pair.likeness().score(),
                why.getOrDefault(pair.a().id(), why.getOrDefault(pair.b().id(), ""))));
      }
    }
    List<String> missed =
        truth.stream()
            .filter(pair -> !found.contains(pair))
            .map(pair -> pair + ": " + why.get(pair.split(" ")[1]) + why.get(pair.split(" ")[0]))
            .toList();
    for (String pair : truth) {
      if (!found.contains(pair)) {
        System.out.println("  missed " + pair + ": " + likeness(kind, pair.split(" ")));
      }
    }
    missed.forEach(miss -> System.out.println("  missed: " + miss));
    wrong.forEach(pair -> System.out.println("  wrong: " + pair));
    System.out.printf(
        Locale.ROOT,
        "%s test set: %d of %d found, %d wrong%n",
        kind,
        found.size(),
        truth.size(),
        wrong.size());
    assertEquals(List.of(), missed, "missed");
    assertEquals(List.of(), wrong, "wrong");
  }

  /** How alike the two of a missed pair are, for the report. */
  private Likeness likeness(Traits.Kind kind, String[] ids) throws IOException {
    Traits a = traits(kind, ids[0]);
    Traits b = traits(kind, ids[1]);
    return index.search(
        (searcher, facets) ->
            Scoring.compare(a, b, new IndexFrequencies(searcher.getIndexReader(), kind)));
  }

  private Traits traits(Traits.Kind kind, String id) {
    if (kind == Traits.Kind.ORGANIZATION) {
      return Traits.of(organizations.get(id));
    }
    Person person = people.get(id);
    return Traits.of(person, organizations.get(person.organizationId()));
  }

  private void truth(CSVRecord row, Set<String> pairs) {
    why.put(row.get("id"), row.get("why"));
    if (!row.get("same_as").isBlank()) {
      pairs.add(DuplicateScanMeasure.key(row.get("id"), row.get("same_as")));
    }
  }

  private List<Organization> ancestors(Organization organization) {
    List<Organization> chain = new ArrayList<>();
    for (String parent = organization.parentId(); parent != null; ) {
      Organization above = organizations.get(parent);
      chain.add(0, above);
      parent = above.parentId();
    }
    return chain;
  }

  private static String blank(String value) {
    return value.isBlank() ? null : value;
  }

  private static List<CSVRecord> rows(String file) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            DuplicateTestSet.class.getResourceAsStream("/duplicates/" + file),
            StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
