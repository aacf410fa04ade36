package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import dev.directory.core.problem.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns an upload into the folder of CSV files the import reads, and remembers where each file's
 * lines came from, so that a problem names the upload's own file, sheet or card: "book.xlsx, sheet
 * people:4:emails", "contacts.vcf:12:phones".
 */
final class UploadFolder {

  /** Where the lines of one CSV file of the folder came from. */
  record Origin(String file, Map<Long, Long> lines) {

    long line(long csvLine) {
      return lines.isEmpty() ? csvLine : lines.getOrDefault(csvLine, csvLine);
    }
  }

  final String name;
  final Path dir;
  final Map<String, Origin> origins = new HashMap<>();

  private UploadFolder(String name, Path dir) {
    this.name = name;
    this.dir = dir;
  }

  /**
   * Writes the upload's records into a new folder under {@code parent}; what cannot be read goes to
   * {@code problems} under the upload's name.
   *
   * @throws TooLarge when the upload passes one of {@code limits}; nothing is left behind
   */
  static UploadFolder write(
      Upload upload,
      Path parent,
      OrganizationNames names,
      PersonIds ids,
      Problems problems,
      UploadLimits limits)
      throws IOException {
    if (upload.content().length > limits.maxFileBytes()) {
      throw TooLarge.of(
          upload.name(),
          ProblemCode.UPLOAD_TOO_BIG,
          upload.content().length,
          limits.maxFileBytes());
    }
    UploadFolder folder =
        new UploadFolder(upload.name(), Files.createTempDirectory(parent, "upload"));
    try {
      switch (upload.kind()) {
        case VCARD -> folder.vcards(upload, names, ids, problems, limits);
        case WORKBOOK -> WorkbookSheets.write(upload, folder, problems, limits);
        case CSV -> folder.csv(upload.name(), new ByteArrayInputStream(upload.content()), problems);
        case ZIP -> folder.zip(upload, problems, limits);
        case OTHER -> problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_KIND, upload.name());
      }
    } catch (IOException | RuntimeException e) {
      folder.delete();
      throw e;
    }
    return folder;
  }

  /** The problem as the editor's file places it. */
  ImportProblem located(ImportProblem problem) {
    Origin origin = origins.get(problem.file());
    if (origin == null) {
      return problem;
    }
    return new ImportProblem(
        origin.file(),
        problem.line() == 0 ? 0 : origin.line(problem.line()),
        problem.column(),
        problem.code(),
        problem.args(),
        problem.message());
  }

  /** Where the folder's CSV file {@code csvName} is written. */
  Path file(String csvName, Origin origin) {
    origins.put(csvName, origin);
    return dir.resolve(csvName);
  }

  /** Removes the folder and what is in it. */
  void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private void vcards(
      Upload upload, OrganizationNames names, PersonIds ids, Problems problems, UploadLimits limits)
      throws IOException {
    VCardRows rows = VCardRows.read(upload, names, ids, problems, limits);
    if (!rows.isEmpty()) {
      Files.write(
          file(FolderReader.PEOPLE, new Origin(upload.name(), rows.cardLines())), rows.csv());
    }
  }

  /** One CSV file: by its name if it is one of the five, else by its header. */
  private void csv(String name, InputStream content, Problems problems) throws IOException {
    Path unsorted = Files.createTempFile(dir, "unsorted", ".csv");
    Files.copy(content, unsorted, StandardCopyOption.REPLACE_EXISTING);
    String base = Path.of(name).getFileName().toString().toLowerCase(Locale.ROOT);
    String file = FolderReader.FILES.contains(base) ? base : byHeader(unsorted);
    if (file == null) {
      Files.delete(unsorted);
      problems.add(
          name, 1, null, ProblemCode.UPLOAD_CSV_KIND, String.join(", ", FolderReader.FILES));
      return;
    }
    Files.move(
        unsorted, file(file, new Origin(name, Map.of())), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The CSV files of a .zip, each written as it unpacks, the whole bounded by the limits. */
  private void zip(Upload upload, Problems problems, UploadLimits limits) throws IOException {
    Unpacking unpacking = new Unpacking(upload.name(), upload.content().length, limits);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        unpacking.entry();
        String base = Path.of(entry.getName()).getFileName().toString();
        if (entry.isDirectory() || entry.getName().contains("__MACOSX") || base.startsWith(".")) {
          continue;
        }
        String where = upload.name() + ", " + base;
        if (!base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          problems.add(where, 0, null, ProblemCode.UPLOAD_KIND, base);
        } else {
          csv(where, unpacking.counted(zip), problems);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_UNREADABLE, "a .zip");
    }
  }

  /** The file whose required columns the header has, when exactly one does. */
  private static String byHeader(Path csv) throws IOException {
    String first;
    // read leniently: a file that is not UTF-8 is told so by the import, at its byte and line
    try (Reader reader = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8)) {
      first = readLine(reader);
    }
    List<String> header = List.of(first.replace("\uFEFF", "").strip().split("\\s*,\\s*"));
    String found = null;
    for (String file : FolderReader.FILES) {
      if (header.containsAll(FolderReader.COLUMNS.get(file).required())) {
        if (found != null) {
          return null;
        }
        found = file;
      }
    }
    return found;
  }

  /** The first line, of at most a few thousand characters (a header is shorter). */
  private static String readLine(Reader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = reader.read(); c >= 0 && c != '\n' && line.length() < 10_000; c = reader.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
