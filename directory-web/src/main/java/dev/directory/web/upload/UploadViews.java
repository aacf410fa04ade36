package dev.directory.web.upload;

import dev.directory.core.importing.ImportPreview;
import dev.directory.core.importing.ImportProblem;
import dev.directory.core.problem.Problem;
import dev.directory.web.duplicate.PossibleDuplicate;
import dev.directory.web.language.ProblemTexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** What the API and the pages show of an upload. */
public final class UploadViews {

  private UploadViews() {}

  /**
   * What an upload would do; nothing of it is written until it is confirmed.
   *
   * @param id what to confirm it by ({@code POST /api/imports/{id}/confirm})
   * @param creates the records it would create
   * @param updates the stored records it would change (those it holds as stored are left out)
   * @param possibleDuplicates the records it would create or change that look like stored ones
   * @param unknownOrganizations organisations its cards name that the directory does not have (or
   *     has several of): map each to an organisation's id, or create it first
   * @param problems every problem that stops it, placed in the file, sheet or card and line
   */
  @Serdeable
  public record Preview(
      String id,
      String name,
      List<Change> creates,
      List<Change> updates,
      List<Alike> possibleDuplicates,
      List<String> unknownOrganizations,
      Map<String, String> organizations,
      List<UploadProblem> problems) {

    public boolean confirmable() {
      return problems.isEmpty() && !(creates.isEmpty() && updates.isEmpty());
    }

    /** The same preview of the upload kept under {@code kept}. */
    Preview withId(String kept) {
      return new Preview(
          kept,
          name,
          creates,
          updates,
          possibleDuplicates,
          unknownOrganizations,
          organizations,
          problems);
    }
  }

  /** A record an upload writes: the kind of record ({@code person}, …), its id and name. */
  @Serdeable
  public record Change(String file, String id, String name) {

    static Change of(ImportPreview.Change change) {
      return new Change(change.file(), change.id(), change.name());
    }
  }

  /** A record of the upload and the stored records it looks like. */
  @Serdeable
  public record Alike(String id, String name, List<PossibleDuplicate> like) {}

  /**
   * One problem of an upload.
   *
   * @param file the upload's file, or its sheet ("book.xlsx, sheet people") or member of a .zip
   * @param line the line (a sheet's row; a card's first line); 0 for the whole file
   * @param column the column (a CSV column name), when it concerns one
   */
  @Serdeable
  public record UploadProblem(
      String file,
      long line,
      @Nullable String column,
      String code,
      List<String> args,
      String message) {

    static UploadProblem of(ImportProblem problem) {
      String message =
          ProblemTexts.message(
              new Problem(problem.column(), problem.code(), problem.args(), problem.message()));
      return new UploadProblem(
          problem.file(),
          problem.line(),
          problem.column(),
          problem.code(),
          problem.args(),
          message);
    }

    /** "contacts.vcf:12:phones", as a compiler places an error. */
    public String where() {
      StringBuilder where = new StringBuilder(file);
      if (line > 0) {
        where.append(':').append(line);
      }
      if (column != null) {
        where.append(':').append(column);
      }
      return where.toString();
    }

    public String located() {
      return where() + ": " + message;
    }
  }

  /**
   * What a confirmed upload did, file by file.
   *
   * @param created records created, by file
   */
  @Serdeable
  public record Applied(
      Map<String, Integer> created, Map<String, Integer> updated, Map<String, Integer> unchanged) {}
}
