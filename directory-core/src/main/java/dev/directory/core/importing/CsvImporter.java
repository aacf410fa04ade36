package dev.directory.core.importing;

import dev.directory.core.contact.Email;
import dev.directory.core.contact.EmailType;
import dev.directory.core.contact.Phone;
import dev.directory.core.contact.PhoneNumbers;
import dev.directory.core.contact.PhoneType;
import dev.directory.core.country.Countries;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.engagement.Engagements;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.office.MissionOffices;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.OrganizationKind;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.person.Visibility;
import dev.directory.core.topic.Topic;
import dev.directory.core.topic.Topics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Imports the directory's CSV files (see data/README.md) all or nothing: every file is read and
 * every value and reference checked first; only when nothing is wrong is everything written, in one
 * transaction. Records are matched by id, so importing the same files again changes nothing.
 */
@Singleton
public class CsvImporter {

  public static final String TOPICS = "topics.csv";
  public static final String ORGANIZATIONS = "organizations.csv";
  public static final String OFFICES = "offices.csv";
  public static final String PEOPLE = "people.csv";
  public static final String ENGAGEMENTS = "engagements.csv";

  private static final List<String> ORGANIZATION_REQUIRED = List.of("id", "kind", "name");
  private static final List<String> ORGANIZATION_OPTIONAL =
      List.of(
          "local_name",
          "aliases",
          "parent_id",
          "country",
          "region",
          "city",
          "website",
          "phone",
          "email",
          "topics",
          "notes");
  private static final List<String> PERSON_REQUIRED =
      List.of("id", "given_name", "family_name", "organization_id");
  private static final List<String> PERSON_OPTIONAL =
      List.of(
          "job_title",
          "roles",
          "emails",
          "phones",
          "languages",
          "topics",
          "press_contact",
          "visibility",
          "notes");

  private final Topics topics;
  private final Organizations organizations;
  private final MissionOffices offices;
  private final People people;
  private final Engagements engagements;
  private final TransactionOperations<Connection> transactions;

  CsvImporter(
      Topics topics,
      Organizations organizations,
      MissionOffices offices,
      People people,
      Engagements engagements,
      TransactionOperations<Connection> transactions) {
    this.topics = topics;
    this.organizations = organizations;
    this.offices = offices;
    this.people = people;
    this.engagements = engagements;
    this.transactions = transactions;
  }

  /**
   * Imports the files found in {@code dir}; any of the five may be left out.
   *
   * @throws ImportFailedException listing every problem found; nothing was changed
   * @throws IOException when a file cannot be read at all
   */
  public ImportResult importFrom(Path dir) throws ImportFailedException, IOException {
    Problems problems = new Problems();
    if (!Files.isDirectory(dir)) {
      throw new ImportFailedException(
          List.of(new ImportProblem(dir.toString(), 0, null, "no such folder")));
    }
    Batch batch = new Batch(dir, problems);
    if (batch.isEmpty()) {
      problems.add(
          dir.toString(),
          0,
          null,
          "none of "
              + String.join(", ", TOPICS, ORGANIZATIONS, OFFICES, PEOPLE, ENGAGEMENTS)
              + " is in this folder");
    }
    checkReferences(batch, problems);
    if (!problems.isEmpty()) {
      throw new ImportFailedException(problems.all());
    }
    return transactions.executeWrite(status -> write(batch));
  }

  /** A record as checked: the record when it has no problems, else the problems. */
  public record Checked<T>(@Nullable T value, List<ImportProblem> problems) {}

  /**
   * Checks one organisation given as the cells of a row of organizations.csv, exactly as an import
   * checks it: every value, its parent (which must exist and not make a loop) and its topics.
   */
  public Checked<Organization> checkOrganization(Map<String, String> cells) {
    return check(
        ORGANIZATIONS,
        cells,
        ORGANIZATION_REQUIRED,
        ORGANIZATION_OPTIONAL,
        (batch, row) -> batch.add(batch.organizations, row, readOrganization(row)),
        batch -> batch.organizations);
  }

  /**
   * Checks one person given as the cells of a row of people.csv, exactly as an import checks it:
   * every value (phones read in the organisation's country), the organisation and the topics.
   */
  public Checked<Person> checkPerson(Map<String, String> cells) {
    return check(
        PEOPLE,
        cells,
        PERSON_REQUIRED,
        PERSON_OPTIONAL,
        (batch, row) -> batch.add(batch.people, row, readPerson(row, batch)),
        batch -> batch.people);
  }

  private <T> Checked<T> check(
      String file,
      Map<String, String> cells,
      List<String> required,
      List<String> optional,
      BiConsumer<Batch, CsvRow> read,
      Function<Batch, Map<String, Lined<T>>> records) {
    Problems problems = new Problems();
    for (String column : cells.keySet()) {
      if (!required.contains(column) && !optional.contains(column)) {
        problems.add(
            file,
            0,
            column,
            "not a field here; the fields are "
                + String.join(", ", required)
                + ", "
                + String.join(", ", optional));
      }
    }
    Batch batch = new Batch();
    read.accept(batch, new CsvRow(file, 0, cells, required, problems));
    checkReferences(batch, problems);
    if (!problems.isEmpty()) {
      return new Checked<>(null, problems.all());
    }
    return new Checked<>(records.apply(batch).values().iterator().next().value(), List.of());
  }

  private ImportResult write(Batch batch) {
    Map<String, ImportResult.Counts> counts = new LinkedHashMap<>();
    count(counts, TOPICS, batch.topics.values(), topics::exists, topics::save);
    count(
        counts,
        ORGANIZATIONS,
        parentsFirst(batch.organizations.values(), Organization::id, Organization::parentId),
        organizations::exists,
        organizations::save);
    count(
        counts,
        OFFICES,
        parentsFirst(
            batch.offices.values(), MissionOffice::organizationId, MissionOffice::fallbackOfficeId),
        id -> offices.find(id).isPresent(),
        offices::save);
    count(counts, PEOPLE, batch.people.values(), people::exists, people::save);
    count(
        counts,
        ENGAGEMENTS,
        batch.engagements.values(),
        id -> engagements.find(id).isPresent(),
        engagements::save);
    return new ImportResult(counts);
  }

  private <T> void count(
      Map<String, ImportResult.Counts> counts,
      String file,
      Iterable<Lined<T>> records,
      Predicate<String> exists,
      Predicate<T> save) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Lined<T> record : records) {
      boolean existed = exists.test(record.id());
      if (!save.test(record.value())) {
        unchanged++;
      } else if (existed) {
        updated++;
      } else {
        created++;
      }
    }
    if (created + updated + unchanged > 0) {
      counts.put(file, new ImportResult.Counts(created, updated, unchanged));
    }
  }

  /** Orders records so that the one a record points to (parent, fallback) comes before it. */
  private static <T> List<Lined<T>> parentsFirst(
      Iterable<Lined<T>> records, Function<T, String> id, Function<T, String> parent) {
    Map<String, Lined<T>> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.put(id.apply(r.value()), r));
    List<Lined<T>> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (Lined<T> record : byId.values()) {
      place(record, byId, id, parent, placed, ordered);
    }
    return ordered;
  }

  private static <T> void place(
      Lined<T> record,
      Map<String, Lined<T>> byId,
      Function<T, String> id,
      Function<T, String> parent,
      Set<String> placed,
      List<Lined<T>> ordered) {
    // Iterative: walk up to the first unplaced ancestor chain, then place top-down.
    List<Lined<T>> chain = new ArrayList<>();
    Lined<T> current = record;
    while (current != null && !placed.contains(id.apply(current.value()))) {
      chain.add(current);
      placed.add(id.apply(current.value()));
      String parentId = parent.apply(current.value());
      current = parentId == null ? null : byId.get(parentId);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      ordered.add(chain.get(i));
    }
  }

  // ---------------------------------------------------------------- cross-record checks

  private void checkReferences(Batch batch, Problems problems) {
    for (Lined<Organization> lined : batch.organizations.values()) {
      Organization o = lined.value();
      if (o.parentId() != null && !batch.organizations.containsKey(o.parentId())) {
        if (!organizations.exists(o.parentId())) {
          lined.row().problem("parent_id", "no organisation has the id \"" + o.parentId() + "\"");
        }
      }
      checkTopics(batch, lined.row(), o.topicIds());
    }
    checkNoCycles(batch);
    for (Lined<MissionOffice> lined : batch.offices.values()) {
      MissionOffice office = lined.value();
      OrganizationKind kind = kindOf(batch, office.organizationId());
      if (kind == null) {
        lined
            .row()
            .problem(
                "organization_id",
                "no organisation has the id \"" + office.organizationId() + "\"");
      } else if (kind != OrganizationKind.MISSION_OFFICE) {
        lined
            .row()
            .problem(
                "organization_id",
                "\""
                    + office.organizationId()
                    + "\" is a "
                    + kind.code()
                    + ", not a mission_office");
      }
      String fallback = office.fallbackOfficeId();
      if (fallback != null
          && !batch.offices.containsKey(fallback)
          && offices.find(fallback).isEmpty()) {
        lined
            .row()
            .problem("fallback_office_id", "no mission office has the id \"" + fallback + "\"");
      }
    }
    for (Lined<Person> lined : batch.people.values()) {
      String organizationId = lined.value().organizationId();
      if (kindOf(batch, organizationId) == null) {
        lined
            .row()
            .problem("organization_id", "no organisation has the id \"" + organizationId + "\"");
      }
      checkTopics(batch, lined.row(), lined.value().topicIds());
    }
    for (Lined<Engagement> lined : batch.engagements.values()) {
      Engagement e = lined.value();
      for (String organizationId : e.organizationIds()) {
        if (kindOf(batch, organizationId) == null) {
          lined
              .row()
              .problem("organizations", "no organisation has the id \"" + organizationId + "\"");
        }
      }
      for (String personId : e.personIds()) {
        if (!batch.people.containsKey(personId) && !people.exists(personId)) {
          lined.row().problem("people", "no person has the id \"" + personId + "\"");
        }
      }
      checkTopics(batch, lined.row(), e.topicIds());
    }
  }

  private void checkTopics(Batch batch, CsvRow row, List<String> topicIds) {
    for (String topicId : topicIds) {
      if (!batch.topics.containsKey(topicId) && !topics.exists(topicId)) {
        row.problem("topics", "no topic has the id \"" + topicId + "\"");
      }
    }
  }

  private void checkNoCycles(Batch batch) {
    for (Lined<Organization> lined : batch.organizations.values()) {
      Set<String> seen = new HashSet<>();
      String id = lined.id();
      while (id != null && seen.add(id)) {
        id = parentOf(batch, id);
      }
      if (id != null && id.equals(lined.id())) {
        lined
            .row()
            .problem("parent_id", "\"" + lined.id() + "\" would be its own ancestor: " + seen);
      }
    }
  }

  @Nullable
  private String parentOf(Batch batch, String id) {
    Lined<Organization> inFile = batch.organizations.get(id);
    if (inFile != null) {
      return inFile.value().parentId();
    }
    return organizations.find(id).map(Organization::parentId).orElse(null);
  }

  @Nullable
  private OrganizationKind kindOf(Batch batch, String id) {
    Lined<Organization> inFile = batch.organizations.get(id);
    if (inFile != null) {
      return inFile.value().kind();
    }
    return organizations.find(id).map(Organization::kind).orElse(null);
  }

  @Nullable
  private String countryOf(Batch batch, String organizationId) {
    Lined<Organization> inFile = batch.organizations.get(organizationId);
    if (inFile != null) {
      return inFile.value().country();
    }
    return organizations.find(organizationId).map(Organization::country).orElse(null);
  }

  // ---------------------------------------------------------------- reading the files

  /** A record read from a file, with the row it came from for later messages. */
  private record Lined<T>(String id, T value, CsvRow row) {}

  /** Everything read from one folder, by file and id, in file order. */
  private final class Batch {
    final Map<String, Lined<Topic>> topics = new LinkedHashMap<>();
    final Map<String, Lined<Organization>> organizations = new LinkedHashMap<>();
    final Map<String, Lined<MissionOffice>> offices = new LinkedHashMap<>();
    final Map<String, Lined<Person>> people = new LinkedHashMap<>();
    final Map<String, Lined<Engagement>> engagements = new LinkedHashMap<>();
    private int files;

    /** A batch of records given one at a time, as an edit gives one. */
    Batch() {}

    Batch(Path dir, Problems problems) throws IOException {
      for (CsvRow row :
          file(
              dir,
              TOPICS,
              List.of("id", "label_en", "label_es", "label_fr"),
              List.of("keywords_en", "keywords_es", "keywords_fr"),
              problems)) {
        add(topics, row, readTopic(row));
      }
      for (CsvRow row :
          file(dir, ORGANIZATIONS, ORGANIZATION_REQUIRED, ORGANIZATION_OPTIONAL, problems)) {
        add(organizations, row, readOrganization(row));
      }
      for (CsvRow row :
          file(
              dir,
              OFFICES,
              List.of("organization_id", "coverage"),
              List.of("fallback_office_id"),
              problems)) {
        add(offices, row, readOffice(row));
      }
      for (CsvRow row : file(dir, PEOPLE, PERSON_REQUIRED, PERSON_OPTIONAL, problems)) {
        add(people, row, readPerson(row, this));
      }
      for (CsvRow row :
          file(
              dir,
              ENGAGEMENTS,
              List.of("id", "kind", "title"),
              List.of(
                  "period",
                  "start_date",
                  "end_date",
                  "country",
                  "places",
                  "organizations",
                  "people",
                  "topics",
                  "figures",
                  "description"),
              problems)) {
        add(engagements, row, readEngagement(row));
      }
    }

    boolean isEmpty() {
      return files == 0;
    }

    private List<CsvRow> file(
        Path dir, String name, List<String> required, List<String> optional, Problems problems)
        throws IOException {
      if (!Files.exists(dir.resolve(name))) {
        return List.of();
      }
      files++;
      return CsvFile.read(dir, name, required, optional, problems).rows;
    }

    private <T> void add(Map<String, Lined<T>> records, CsvRow row, Optional<Lined<T>> read) {
      read.ifPresent(
          lined -> {
            Lined<T> earlier = records.putIfAbsent(lined.id(), lined);
            if (earlier != null) {
              String column = row.file.equals(OFFICES) ? "organization_id" : "id";
              row.problem(
                  column,
                  "duplicate id \"" + lined.id() + "\": already on line " + earlier.row().line);
            }
          });
    }
  }

  private static Optional<Lined<Topic>> readTopic(CsvRow row) {
    String id = row.value("id", Values::id);
    String en = row.value("label_en", v -> Values.label(v, 200));
    String es = row.value("label_es", v -> Values.label(v, 200));
    String fr = row.value("label_fr", v -> Values.label(v, 200));
    List<String> keywordsEn = row.list("keywords_en", v -> Values.label(v, 200));
    List<String> keywordsEs = row.list("keywords_es", v -> Values.label(v, 200));
    List<String> keywordsFr = row.list("keywords_fr", v -> Values.label(v, 200));
    if (id == null || en == null || es == null || fr == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Lined<>(id, new Topic(id, en, es, fr, keywordsEn, keywordsEs, keywordsFr), row));
  }

  private static Optional<Lined<Organization>> readOrganization(CsvRow row) {
    String id = row.value("id", Values::id);
    OrganizationKind kind = row.value("kind", OrganizationKind::parse);
    String name = row.value("name", v -> Values.label(v, 300));
    String country = row.value("country", Countries::parse);
    String website = row.value("website", Values::website);
    Phone phone = row.value("phone", v -> PhoneNumbers.read(PhoneType.WORK, v, country));
    String email = row.value("email", Email::normalize);
    String parentId = row.value("parent_id", Values::id);
    if (parentId != null && parentId.equals(id)) {
      row.problem("parent_id", "an organisation cannot be its own parent");
    }
    if (id == null || kind == null || name == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Lined<>(
            id,
            new Organization(
                id,
                kind,
                name,
                row.value("local_name", v -> Values.label(v, 300)),
                row.list("aliases", v -> Values.label(v, 100)),
                parentId,
                country,
                row.value("region", v -> Values.label(v, 200)),
                row.value("city", v -> Values.label(v, 200)),
                website,
                phone,
                email,
                row.list("topics", Values::id),
                row.value("notes", v -> v)),
            row));
  }

  private static Optional<Lined<MissionOffice>> readOffice(CsvRow row) {
    String id = row.value("organization_id", Values::id);
    List<String> coverage = row.list("coverage");
    boolean coversAll = coverage.equals(List.of("*"));
    List<String> countries = coversAll ? List.of() : row.list("coverage", Countries::parse);
    String fallback = row.value("fallback_office_id", Values::id);
    if (fallback != null && fallback.equals(id)) {
      row.problem("fallback_office_id", "an office cannot fall back to itself");
    }
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(new Lined<>(id, new MissionOffice(id, coversAll, countries, fallback), row));
  }

  private Optional<Lined<Person>> readPerson(CsvRow row, Batch batch) {
    String id = row.value("id", Values::id);
    String given = row.value("given_name", v -> Values.label(v, 200));
    String family = row.value("family_name", v -> Values.label(v, 200));
    String organizationId = row.value("organization_id", Values::id);
    String country = organizationId == null ? null : countryOf(batch, organizationId);
    List<Email> emails =
        row.list("emails", v -> typed(v, EmailType::parse, EmailType.WORK, Email::new));
    List<Phone> phones =
        row.list(
            "phones",
            v ->
                typed(
                    v,
                    PhoneType::parse,
                    PhoneType.WORK,
                    (type, raw) -> PhoneNumbers.read(type, raw, country)));
    Boolean press = row.value("press_contact", Values::yesNo);
    Visibility visibility = row.value("visibility", Visibility::parse);
    if (id == null || given == null || family == null || organizationId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Lined<>(
            id,
            new Person(
                id,
                given,
                family,
                row.value("job_title", v -> Values.label(v, 300)),
                organizationId,
                row.list("roles", v -> Values.label(v, 100)),
                emails,
                phones,
                row.list("languages", Values::language),
                row.list("topics", Values::id),
                press != null && press,
                visibility == null ? Visibility.INTERNAL : visibility,
                row.value("notes", v -> v)),
            row));
  }

  private static Optional<Lined<Engagement>> readEngagement(CsvRow row) {
    String id = row.value("id", Values::id);
    String kind = row.value("kind", v -> Values.label(v, 30));
    String title = row.value("title", v -> Values.label(v, 300));
    LocalDate start = row.value("start_date", Values::date);
    LocalDate end = row.value("end_date", Values::date);
    if (start != null && end != null && end.isBefore(start)) {
      row.problem("end_date", "ends (" + end + ") before it starts (" + start + ")");
    }
    String country = row.value("country", Countries::parse);
    if (id == null || kind == null || title == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Lined<>(
            id,
            new Engagement(
                id,
                kind,
                title,
                row.value("period", v -> Values.label(v, 200)),
                start,
                end,
                country,
                row.list("places", v -> Values.label(v, 200)),
                row.list("organizations", Values::id),
                row.list("people", Values::id),
                row.list("topics", Values::id),
                row.list("figures", v -> Values.label(v, 300)),
                row.value("description", v -> v)),
            row));
  }

  /** Reads {@code "mobile: +56 9 ..."}: an optional type before a colon, then the value. */
  private static <K, T> T typed(
      String item, Function<String, K> type, K defaultType, BiFunction<K, String, T> make) {
    int colon = item.indexOf(':');
    if (colon > 0 && item.substring(0, colon).strip().matches("[A-Za-z]+")) {
      return make.apply(type.apply(item.substring(0, colon)), item.substring(colon + 1).strip());
    }
    return make.apply(defaultType, item);
  }
}
