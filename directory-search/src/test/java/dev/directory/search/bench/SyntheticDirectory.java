package dev.directory.search.bench;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.country.Countries;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.OrganizationStatus;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.text.Folding;
import dev.directory.core.topic.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deterministic, clearly fake directory at any scale, for benchmarks: offices in every ISO
 * country, ministries with departments and units, municipal services and partners, and people with
 * made-up accented names and phone numbers valid in their country's numbering plan. The same seed
 * always gives the same directory; person {@code i} can be made on its own, so a million people
 * never need to be in memory at once.
 */
public final class SyntheticDirectory {

  static final List<String> SYLLABLES =
      List.of(
          "al", "bé", "cor", "da", "el", "fá", "gui", "hé", "ín", "jo", "ka", "lú", "mé", "nó",
          "ñu", "ór", "pa", "quí", "ra", "sé", "tú", "ul", "vé", "xa", "yó", "zá");
  static final List<String> TITLES =
      List.of(
          "Director",
          "Deputy Director",
          "Head of Unit",
          "Adviser",
          "Senior Adviser",
          "Programme Officer",
          "Liaison Officer",
          "Coordinator",
          "Analyst",
          "Legal Officer",
          "Press Officer",
          "Health Officer",
          "Protection Officer",
          "Data Officer",
          "Secretary");
  static final List<String> ROLES =
      List.of("focal point", "press", "chief of mission", "participant", "technical lead");
  static final List<String> LANGUAGES = List.of("en", "es", "fr", "ar", "pt", "ru", "zh");
  static final List<String> MINISTRY_SUBJECTS =
      List.of(
          "Health",
          "Interior",
          "Foreign Affairs",
          "Labour",
          "Justice",
          "Education",
          "Social Development",
          "Finance",
          "Women",
          "Youth",
          "Planning",
          "Environment");
  static final List<String> DEPARTMENT_SUBJECTS =
      List.of(
          "Migration",
          "Borders",
          "Statistics",
          "Legal Affairs",
          "Public Security",
          "Protection",
          "Primary Care",
          "Consular Affairs",
          "Human Resources",
          "Communication");

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final long seed;
  private final int peopleCount;
  private final List<String> countries;
  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final List<Organization> organizations = new ArrayList<>();
  private final Map<String, Organization> byId = new HashMap<>();
  private final Map<String, String> phoneTemplates = new ConcurrentHashMap<>();

  /**
   * @param organizationCount how many organisations (at least one office per country)
   * @param peopleCount how many people, made on demand by {@link #person(int)}
   */
  public SyntheticDirectory(long seed, int organizationCount, int peopleCount) {
    this.seed = seed;
    this.peopleCount = peopleCount;
    this.countries = new ArrayList<>(new TreeSet<>(Countries.codes()));
    for (int t = 1; t <= 12; t++) {
      String id = String.format(Locale.ROOT, "synthetic-topic-%02d", t);
      String word = word(new Random(seed + t), 3);
      topics.put(
          id,
          new Topic(
              id,
              "Topic " + word + " (synthetic)",
              "Tema " + word,
              "Thème " + word,
              List.of(word.toLowerCase(Locale.ROOT) + " policy"),
              List.of(),
              List.of()));
    }
    makeOrganizations(organizationCount);
  }

  public Map<String, Topic> topics() {
    return topics;
  }

  public List<Organization> organizations() {
    return organizations;
  }

  public Organization organization(String id) {
    return byId.get(id);
  }

  public int peopleCount() {
    return peopleCount;
  }

  public List<String> countries() {
    return countries;
  }

  /** The chain of parents of an organisation, the top-level one first. */
  public List<Organization> ancestors(Organization organization) {
    return organization.ancestors(byId::get);
  }

  private void makeOrganizations(int count) {
    Random random = new Random(seed);
    add(
        new Organization(
            "synthetic-hq",
            OrganizationKind.MISSION_OFFICE,
            "Synthetic Headquarters",
            null,
            List.of("SHQ"),
            null,
            "CH",
            null,
            "Geneva",
            null,
            null,
            null,
            List.of(),
            null,
            OrganizationStatus.ACTIVE,
            List.of(),
            List.of()));
    int perCountry = Math.max(1, (count - 1) / countries.size());
    for (String country : countries) {
      String countryName = Countries.name(country, Locale.ENGLISH);
      List<String> regions = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        regions.add("Region " + word(random, 3));
      }
      List<String> cities = new ArrayList<>();
      for (int c = 0; c < 24; c++) {
        cities.add(word(random, 2 + random.nextInt(2)));
      }
      String office = "synthetic-office-" + country.toLowerCase(Locale.ROOT);
      add(
          org(
              office,
              OrganizationKind.MISSION_OFFICE,
              "Synthetic Office " + countryName,
              "synthetic-hq",
              country,
              regions.get(0),
              cities.get(0),
              random));
      int made = 1;
      int ministries = 0;
      List<String> departments = new ArrayList<>();
      while (made < perCountry && organizations.size() < count) {
        int slot = made % 10;
        String id = "synthetic-" + country.toLowerCase(Locale.ROOT) + "-" + made;
        int r = random.nextInt(regions.size());
        String region = regions.get(r);
        String city = cities.get(r * 3 + random.nextInt(3));
        if (slot == 1 && ministries < MINISTRY_SUBJECTS.size()) {
          String subject = MINISTRY_SUBJECTS.get(ministries++);
          add(
              org(
                  id,
                  OrganizationKind.MINISTRY,
                  "Ministry of " + subject + " of " + word(random, 2),
                  null,
                  country,
                  regions.get(0),
                  cities.get(0),
                  random));
          departments.add(id);
        } else if (slot <= 5 && !departments.isEmpty()) {
          String parent = departments.get(random.nextInt(departments.size()));
          String subject = DEPARTMENT_SUBJECTS.get(random.nextInt(DEPARTMENT_SUBJECTS.size()));
          add(
              org(
                  id,
                  OrganizationKind.DEPARTMENT,
                  "Department of " + subject + " " + word(random, 2),
                  parent,
                  country,
                  region,
                  city,
                  random));
          if (departments.size() < 400) {
            departments.add(id);
          }
        } else if (slot <= 8) {
          add(
              org(
                  id,
                  OrganizationKind.MUNICIPAL_SERVICE,
                  "Municipal Services of " + city,
                  null,
                  country,
                  region,
                  city,
                  random));
        } else {
          add(
              org(
                  id,
                  OrganizationKind.PARTNER,
                  word(random, 3) + " Institute",
                  null,
                  country,
                  region,
                  city,
                  random));
        }
        made++;
      }
    }
    for (int extra = 0; organizations.size() < count; extra++) {
      String country = countries.get(extra % countries.size());
      add(
          org(
              "synthetic-extra-" + extra,
              OrganizationKind.PARTNER,
              word(random, 3) + " Foundation",
              null,
              country,
              null,
              word(random, 2),
              random));
    }
  }

  private Organization org(
      String id,
      OrganizationKind kind,
      String name,
      String parent,
      String country,
      String region,
      String city,
      Random random) {
    List<String> topicIds = new ArrayList<>(topics.keySet());
    return new Organization(
        id,
        kind,
        name,
        null,
        List.of(),
        parent,
        country,
        region,
        city,
        null,
        null,
        null,
        List.of(topicIds.get(random.nextInt(topicIds.size()))),
        null,
        OrganizationStatus.ACTIVE,
        List.of(),
        List.of());
  }

  private void add(Organization organization) {
    organizations.add(organization);
    byId.put(organization.id(), organization);
  }

  /** Person {@code i}: the same for the same seed, made without any other person. */
  public Person person(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    Organization organization = organizations.get(random.nextInt(organizations.size()));
    String given = word(random, 2);
    String family = word(random, 3);
    String country = organization.country();
    List<Phone> phones =
        List.of(PhoneNumbers.read(PhoneType.WORK, phone(country, random), country));
    String local = Folding.fold(given) + "." + Folding.fold(family) + i;
    List<String> topicIds = new ArrayList<>(topics.keySet());
    return new Person(
        "synthetic-person-" + i,
        given,
        family,
        TITLES.get(random.nextInt(TITLES.size())),
        organization.id(),
        List.of(ROLES.get(random.nextInt(ROLES.size()))),
        List.of(new Email(EmailType.WORK, local + "@synthetic.example")),
        phones,
        List.of(LANGUAGES.get(random.nextInt(3)), LANGUAGES.get(random.nextInt(LANGUAGES.size())))
            .stream()
            .distinct()
            .toList(),
        List.of(topicIds.get(random.nextInt(topicIds.size()))),
        random.nextInt(100) == 0,
        Visibility.INTERNAL,
        null);
  }

  /**
   * A number in the country's plan: its example mobile number with other last digits (the caller
   * falls back to the example itself in the rare case that is not valid).
   */
  private String phone(String country, Random random) {
    String template =
        phoneTemplates.computeIfAbsent(
            country,
            region -> {
              if (!PHONES.getSupportedRegions().contains(region)) {
                return "+41227179111";
              }
              PhoneNumber example = PHONES.getExampleNumberForType(region, PhoneNumberType.MOBILE);
              if (example == null) {
                example = PHONES.getExampleNumber(region);
              }
              return PHONES.format(example, PhoneNumberFormat.E164);
            });
    return template.substring(0, template.length() - 4)
        + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
  }

  /** A made-up word of {@code syllables} syllables, capitalised: "Zálumé". */
  static String word(Random random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
