package dev.directory.web.upload;

import dev.directory.core.change.RecordKind;
import dev.directory.core.importing.CsvImporter;
import dev.directory.core.importing.ImportFailedException;
import dev.directory.core.importing.ImportPreview;
import dev.directory.core.importing.ImportProblem;
import dev.directory.core.importing.ImportResult;
import dev.directory.core.importing.PendingUploads;
import dev.directory.core.importing.Upload;
import dev.directory.core.organization.Organization;
import dev.directory.core.organization.Organizations;
import dev.directory.core.problem.NotFound;
import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import dev.directory.search.duplicates.Traits;
import dev.directory.web.duplicate.DuplicateCheck;
import dev.directory.web.duplicate.PossibleDuplicate;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Uploads from the first look to the import: an upload is kept, previewed (what it would create and
 * change, what looks like stored records, what is wrong) and imported all or nothing when the
 * editor confirms it, with the organisations its cards name mapped as the editor says.
 */
@Singleton
public class Uploads {

  /** The check for duplicates runs on at most this many records of one upload. */
  private static final int CHECKED_FOR_DUPLICATES = 2_000;

  /** The ways an upload fails: the problems, placed in its files. */
  public static final class Failed extends Exception {
    private final transient List<UploadViews.UploadProblem> problems;

    Failed(List<UploadViews.UploadProblem> problems) {
      super(problems.isEmpty() ? "refused" : problems.get(0).located(), null, false, false);
      this.problems = List.copyOf(problems);
    }

    public List<UploadViews.UploadProblem> problems() {
      return problems;
    }
  }

  private final CsvImporter importer;
  private final PendingUploads pending;
  private final Organizations organizations;
  private final DuplicateCheck check;

  Uploads(
      CsvImporter importer,
      PendingUploads pending,
      Organizations organizations,
      DuplicateCheck check) {
    this.importer = importer;
    this.pending = pending;
    this.organizations = organizations;
    this.check = check;
  }

  /**
   * Previews the upload and keeps it for a day.
   *
   * @throws TooLarge when it passes a limit of {@code directory.uploads.*}; nothing is kept
   */
  public UploadViews.Preview keep(Upload upload, String editor) throws IOException {
    UploadViews.Preview preview = preview(null, upload);
    return preview.withId(pending.keep(upload, editor));
  }

  /**
   * @throws NotFound when no upload waits under {@code id}
   */
  public UploadViews.Preview preview(String id) throws IOException {
    return preview(id, find(id));
  }

  /** Maps the organisations its cards name anew and answers the new preview. */
  public UploadViews.Preview remap(String id, Map<String, String> mapping) throws IOException {
    Upload upload = find(id);
    pending.remap(id, mapped(upload, mapping));
    return preview(id, find(id));
  }

  /**
   * Imports the upload all or nothing and forgets it.
   *
   * @throws Failed naming every problem; nothing was written
   */
  public UploadViews.Applied confirm(String id, Map<String, String> mapping)
      throws IOException, Failed {
    Upload stored = find(id);
    Upload upload = new Upload(stored.name(), stored.content(), mapped(stored, mapping));
    try {
      // forgotten in the import's transaction: an upload is applied once, or waits still
      ImportResult result = importer.importUpload(upload, () -> pending.remove(id));
      Map<String, Integer> created = new LinkedHashMap<>();
      Map<String, Integer> updated = new LinkedHashMap<>();
      Map<String, Integer> unchanged = new LinkedHashMap<>();
      result
          .byFile()
          .forEach(
              (file, counts) -> {
                created.put(file, counts.created());
                updated.put(file, counts.updated());
                unchanged.put(file, counts.unchanged());
              });
      return new UploadViews.Applied(created, updated, unchanged);
    } catch (ImportFailedException e) {
      throw new Failed(e.problems().stream().map(UploadViews.UploadProblem::of).toList());
    }
  }

  /** The upload's mapping of organisations, with {@code mapping} over it. */
  private static Map<String, String> mapped(Upload upload, Map<String, String> mapping) {
    Map<String, String> merged = new LinkedHashMap<>(upload.organizations());
    merged.putAll(mapping);
    return merged;
  }

  private Upload find(String id) {
    return pending.find(id).orElseThrow(() -> NotFound.of(ProblemCode.UPLOAD_NOT_FOUND, id));
  }

  private UploadViews.Preview preview(@Nullable String id, Upload upload) throws IOException {
    ImportPreview preview = importer.preview(upload);
    Set<String> unknown = new LinkedHashSet<>();
    for (ImportProblem problem : preview.problems()) {
      if (problem.code().equals(ProblemCode.ORGANIZATION_UNKNOWN.code())
          || problem.code().equals(ProblemCode.ORGANIZATION_AMBIGUOUS.code())) {
        unknown.add(problem.args().get(0));
      }
    }
    return new UploadViews.Preview(
        id,
        upload.name(),
        preview.creates().stream().map(UploadViews.Change::of).toList(),
        preview.updates().stream().map(UploadViews.Change::of).toList(),
        alike(preview),
        List.copyOf(unknown),
        upload.organizations(),
        preview.problems().stream().map(UploadViews.UploadProblem::of).toList());
  }

  /**
   * The upload's people and organisations that look like stored records (but themselves), or like
   * one another.
   */
  private List<UploadViews.Alike> alike(ImportPreview preview) {
    Map<String, Organization> byId = new HashMap<>();
    preview.organizations().forEach(o -> byId.put(o.id(), o));
    List<Traits> organizationTraits =
        preview.organizations().stream().limit(CHECKED_FOR_DUPLICATES).map(Traits::of).toList();
    List<Traits> personTraits =
        preview.people().stream()
            .limit(CHECKED_FOR_DUPLICATES)
            .map(
                person ->
                    Traits.of(
                        person,
                        byId.containsKey(person.organizationId())
                            ? byId.get(person.organizationId())
                            : organizations.find(person.organizationId()).orElse(null)))
            .toList();
    List<UploadViews.Alike> alike = new ArrayList<>();
    add(alike, RecordKind.ORGANIZATION, organizationTraits);
    add(alike, RecordKind.PERSON, personTraits);
    return alike;
  }

  private void add(List<UploadViews.Alike> alike, RecordKind kind, List<Traits> records) {
    Map<String, List<PossibleDuplicate>> among = check.among(records);
    for (Traits traits : records) {
      List<PossibleDuplicate> like = new ArrayList<>(check.like(kind, traits));
      like.addAll(among.getOrDefault(traits.id(), List.of()));
      if (!like.isEmpty()) {
        alike.add(new UploadViews.Alike(traits.id(), traits.name(), like));
      }
    }
  }
}
