package dev.directory.core.importing;

import dev.directory.core.change.Writes;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.position.Position;
import dev.directory.core.position.Positions;
import dev.directory.core.problem.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports the directory's CSV files (see data/README.md) all or nothing: every file is read ({@link
 * FolderReader}) and every value and reference checked ({@link BatchChecks}) first; only when
 * nothing is wrong is everything written ({@link ImportWriter}), in one transaction. Records are
 * matched by id, so importing the same files again changes nothing.
 */
@Singleton
public class CsvImporter {

  private final BatchChecks checks;
  private final ImportWriter writer;
  private final Writes writes;
  private final People people;
  private final Organizations organizations;
  private final Positions positions;
  private final UploadLimits limits;

  CsvImporter(
      BatchChecks checks,
      ImportWriter writer,
      Writes writes,
      People people,
      Organizations organizations,
      Positions positions,
      UploadLimits limits) {
    this.limits = limits;
    this.positions = positions;
    this.checks = checks;
    this.writer = writer;
    this.writes = writes;
    this.people = people;
    this.organizations = organizations;
  }

  /**
   * Imports the files found in {@code dir}; any of the five may be left out.
   *
   * @throws ImportFailedException listing every problem found; nothing was changed
   * @throws IOException when a file cannot be read at all
   */
  public ImportResult importFrom(Path dir) throws ImportFailedException, IOException {
    return importFrom(dir, null, new Problems(), () -> {});
  }

  /**
   * What {@code upload} would create and change, and what is wrong with it; nothing is written.
   *
   * @throws IOException when the upload cannot be unpacked to a temporary folder
   */
  public ImportPreview preview(Upload upload) throws IOException {
    Problems problems = new Problems();
    UploadFolder folder = folder(upload, problems);
    try {
      Batch batch = FolderReader.read(folder.dir, problems, limits);
      checks.check(batch);
      List<ImportPreview.Change> creates = new ArrayList<>();
      List<ImportPreview.Change> updates = new ArrayList<>();
      Map<String, Organization> storedOrganizations = new HashMap<>();
      organizations
          .findAll(batch.organizations.keySet())
          .forEach(o -> storedOrganizations.put(o.id(), o));
      for (var lined : batch.organizations.values()) {
        Organization stored = storedOrganizations.get(lined.id());
        var change =
            new ImportPreview.Change(FolderReader.ORGANIZATIONS, lined.id(), lined.value().name());
        if (stored == null) {
          creates.add(change);
        } else if (!stored.equals(lined.value())) {
          updates.add(change);
        }
      }
      for (var lined : batch.people.values()) {
        Person stored = people.find(lined.id()).orElse(null);
        var change =
            new ImportPreview.Change(FolderReader.PEOPLE, lined.id(), lined.value().fullName());
        if (stored == null) {
          creates.add(change);
        } else if (!stored.equals(lined.value())) {
          updates.add(change);
        }
      }
      for (var lined : batch.positions.values()) {
        Position stored = positions.find(lined.id()).orElse(null);
        var change =
            new ImportPreview.Change(FolderReader.POSITIONS, lined.id(), lined.value().title());
        if (stored == null) {
          creates.add(change);
        } else if (!stored.equals(lined.value())) {
          updates.add(change);
        }
      }
      return new ImportPreview(
          creates,
          updates,
          batch.people.values().stream().map(Batch.Lined::value).toList(),
          batch.organizations.values().stream().map(Batch.Lined::value).toList(),
          located(problems, folder));
    } finally {
      folder.delete();
    }
  }

  /**
   * Imports {@code upload} all or nothing, as a folder of CSV files is imported.
   *
   * @throws ImportFailedException listing every problem, located in the upload; nothing was changed
   */
  public ImportResult importUpload(Upload upload) throws ImportFailedException, IOException {
    return importUpload(upload, () -> {});
  }

  /**
   * Imports {@code upload} as {@link #importUpload(Upload)} does, and runs {@code alsoWritten} in
   * the same transaction: both are committed, or neither.
   */
  public ImportResult importUpload(Upload upload, Runnable alsoWritten)
      throws ImportFailedException, IOException {
    Problems problems = new Problems();
    UploadFolder folder = folder(upload, problems);
    try {
      return importFrom(folder.dir, folder, problems, alsoWritten);
    } finally {
      folder.delete();
    }
  }

  private UploadFolder folder(Upload upload, Problems problems) throws IOException {
    OrganizationNames names =
        new OrganizationNames(
            upload.kind() == Upload.Kind.VCARD ? organizations.findAll() : List.of());
    return UploadFolder.write(upload, TEMPORARY, names, new StoredPeople(people), problems, limits);
  }

  private ImportResult importFrom(
      Path dir, @Nullable UploadFolder upload, Problems problems, Runnable alsoWritten)
      throws ImportFailedException, IOException {
    if (!Files.isDirectory(dir)) {
      problems.add(dir.toString(), 0, null, ProblemCode.FOLDER_MISSING);
      throw new ImportFailedException(problems.all());
    }
    Batch batch =
        FolderReader.read(dir, problems, upload == null ? limits.forCommandLine() : limits);
    if (batch.isEmpty() && problems.isEmpty()) {
      problems.add(
          upload == null ? dir.toString() : upload.name,
          0,
          null,
          ProblemCode.FILE_NONE,
          String.join(", ", FolderReader.FILES));
    }
    if (!problems.isEmpty()) {
      checks.check(batch); // every problem is told at once
      throw new ImportFailedException(located(problems, upload));
    }
    // Checked holding the writer lock, so that nothing it refers to goes before it is written.
    // Run again only after the database gave up on it, which never follows a problem found.
    ImportResult result =
        writes.inTransaction(
            () -> {
              checks.check(batch);
              if (!problems.isEmpty()) {
                return null;
              }
              ImportResult written = writer.write(batch);
              alsoWritten.run();
              return written;
            });
    if (result == null) {
      throw new ImportFailedException(located(problems, upload));
    }
    return result;
  }

  /** The problems as the upload places them, in the order of its files and lines. */
  private static List<ImportProblem> located(Problems problems, @Nullable UploadFolder folder) {
    if (folder == null) {
      return problems.all();
    }
    return problems.all().stream()
        .map(folder::located)
        .sorted(Comparator.comparing(ImportProblem::file).thenComparing(ImportProblem::line))
        .toList();
  }

  private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));
}
