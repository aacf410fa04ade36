package dev.directory.core.importing;

import dev.directory.core.country.Countries;
import dev.directory.core.engagement.Engagement;
import dev.directory.core.office.MissionOffice;
import dev.directory.core.organization.OrganizationField;
import dev.directory.core.person.PersonField;
import dev.directory.core.position.PositionField;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.record.Field;
import dev.directory.core.record.Reading;
import dev.directory.core.record.Values;
import dev.directory.core.topic.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the six CSV files of a folder (data/README.md) into a {@link Batch}: each file's shape,
 * each row's values, and ids that appear twice in a file. References are checked later.
 */
final class FolderReader {

  static final String TOPICS = "topics.csv";
  static final String ORGANIZATIONS = "organizations.csv";
  static final String OFFICES = "offices.csv";
  static final String PEOPLE = "people.csv";
  static final String POSITIONS = "positions.csv";
  static final String ENGAGEMENTS = "engagements.csv";
  static final List<String> FILES =
      List.of(TOPICS, ORGANIZATIONS, OFFICES, PEOPLE, POSITIONS, ENGAGEMENTS);

  /** The columns of one file: those that must be there (with a value), and those that may. */
  record Columns(List<String> required, List<String> optional) {

    static Columns of(Field[] fields) {
      return new Columns(
          Arrays.stream(fields).filter(Field::required).map(Field::column).toList(),
          Arrays.stream(fields).filter(f -> !f.required()).map(Field::column).toList());
    }
  }

  /** The columns of every file (data/README.md documents them, and a test holds it to this). */
  static final Map<String, Columns> COLUMNS =
      Map.of(
          TOPICS,
          new Columns(
              List.of("id", "label_en", "label_es", "label_fr"),
              List.of("keywords_en", "keywords_es", "keywords_fr")),
          ORGANIZATIONS,
          Columns.of(OrganizationField.values()),
          OFFICES,
          new Columns(
              List.of("organization_id", "coverage"), List.of("fallback_office_id", "languages")),
          PEOPLE,
          Columns.of(PersonField.values()),
          POSITIONS,
          Columns.of(PositionField.values()),
          ENGAGEMENTS,
          new Columns(
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
                  "description")));

  private final Path dir;
  private final Problems problems;
  private final UploadLimits limits;
  private final CsvFile.RowCount rows;
  private final Batch batch = new Batch();

  private FolderReader(Path dir, Problems problems, UploadLimits limits) {
    this.dir = dir;
    this.problems = problems;
    this.limits = limits;
    this.rows = new CsvFile.RowCount(limits);
  }

  /**
   * @throws dev.directory.core.problem.TooLarge when the files' rows together pass the limit
   */
  static Batch read(Path dir, Problems problems, UploadLimits limits) throws IOException {
    return new FolderReader(dir, problems, limits).readAll();
  }

  private Batch readAll() throws IOException {
    for (CsvRow row : file(TOPICS)) {
      readTopic(row).ifPresent(topic -> add(batch.topics, row, topic.id(), topic, "id"));
    }
    Map<String, Long> organizationLines = new HashMap<>();
    for (CsvRow row : file(ORGANIZATIONS)) {
      var drafted = OrganizationField.draft(row.cells());
      drafted.problems().forEach(row::problem);
      if (unique(organizationLines, row, drafted.draft().id())) {
        batch.organizationDrafts.add(
            new Batch.Lined<>(Reading.text(drafted.draft().id()), drafted.draft(), row));
      }
    }
    for (CsvRow row : file(OFFICES)) {
      readOffice(row)
          .ifPresent(
              office ->
                  add(batch.offices, row, office.organizationId(), office, "organization_id"));
    }
    Map<String, Long> personLines = new HashMap<>();
    for (CsvRow row : file(PEOPLE)) {
      var drafted = PersonField.draft(row.cells());
      drafted.problems().forEach(row::problem);
      if (unique(personLines, row, drafted.draft().id())) {
        batch.personDrafts.add(
            new Batch.Lined<>(Reading.text(drafted.draft().id()), drafted.draft(), row));
      }
    }
    Map<String, Long> positionLines = new HashMap<>();
    for (CsvRow row : file(POSITIONS)) {
      var drafted = PositionField.draft(row.cells());
      drafted.problems().forEach(row::problem);
      if (unique(positionLines, row, drafted.draft().id())) {
        batch.positionDrafts.add(
            new Batch.Lined<>(Reading.text(drafted.draft().id()), drafted.draft(), row));
      }
    }
    for (CsvRow row : file(ENGAGEMENTS)) {
      readEngagement(row).ifPresent(e -> add(batch.engagements, row, e.id(), e, "id"));
    }
    return batch;
  }

  private List<CsvRow> file(String name) throws IOException {
    if (!Files.exists(dir.resolve(name))) {
      return List.of();
    }
    batch.files++;
    Columns columns = COLUMNS.get(name);
    return CsvFile.read(dir, name, columns.required(), columns.optional(), problems, rows, limits)
        .rows;
  }

  private static <T> void add(
      Map<String, Batch.Lined<T>> records, CsvRow row, String id, T value, String column) {
    Batch.Lined<T> earlier = records.putIfAbsent(id, new Batch.Lined<>(id, value, row));
    if (earlier != null) {
      row.problem(column, ProblemCode.ID_DUPLICATE, id, earlier.row().line);
    }
  }

  /** False, with a problem, when the id is already on an earlier line of the file. */
  private static boolean unique(Map<String, Long> lines, CsvRow row, String rawId) {
    String id = Reading.text(rawId);
    if (id == null) {
      return true;
    }
    Long earlier = lines.putIfAbsent(id, row.line);
    if (earlier != null) {
      row.problem("id", ProblemCode.ID_DUPLICATE, id, earlier);
      return false;
    }
    return true;
  }

  private static Optional<Topic> readTopic(CsvRow row) {
    String id = row.required("id", Values::id);
    String en = row.required("label_en", v -> Values.label(v, 200));
    String es = row.required("label_es", v -> Values.label(v, 200));
    String fr = row.required("label_fr", v -> Values.label(v, 200));
    List<String> keywordsEn = row.list("keywords_en", v -> Values.label(v, 200));
    List<String> keywordsEs = row.list("keywords_es", v -> Values.label(v, 200));
    List<String> keywordsFr = row.list("keywords_fr", v -> Values.label(v, 200));
    if (id == null || en == null || es == null || fr == null) {
      return Optional.empty();
    }
    return Optional.of(new Topic(id, en, es, fr, keywordsEn, keywordsEs, keywordsFr));
  }

  private static Optional<MissionOffice> readOffice(CsvRow row) {
    String id = row.required("organization_id", Values::id);
    boolean coversAll = row.list("coverage").equals(List.of("*"));
    if (row.list("coverage").isEmpty()) {
      row.problem("coverage", ProblemCode.REQUIRED);
    }
    List<String> countries = coversAll ? List.of() : row.list("coverage", Countries::parse);
    String fallback = row.value("fallback_office_id", Values::id);
    if (fallback != null && fallback.equals(id)) {
      row.problem("fallback_office_id", ProblemCode.FALLBACK_SELF);
    }
    List<String> languages = row.list("languages", Values::language);
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(new MissionOffice(id, coversAll, countries, fallback, languages));
  }

  private static Optional<Engagement> readEngagement(CsvRow row) {
    String id = row.required("id", Values::id);
    String kind = row.required("kind", v -> Values.label(v, 30));
    String title = row.required("title", v -> Values.label(v, 300));
    LocalDate start = row.value("start_date", Values::date);
    LocalDate end = row.value("end_date", Values::date);
    if (start != null && end != null && end.isBefore(start)) {
      row.problem("end_date", ProblemCode.DATE_ORDER, end, start);
    }
    String country = row.value("country", Countries::parse);
    if (id == null || kind == null || title == null) {
      return Optional.empty();
    }
    return Optional.of(
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
            row.value("description", v -> v)));
  }
}
