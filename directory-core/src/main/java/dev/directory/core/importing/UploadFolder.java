package dev.directory.core.importing;

import dev.directory.core.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns an upload into the folder of CSV files the import reads, and remembers where each file's
 * lines came from, so that a problem names the upload's own file, sheet or card: "book.xlsx, sheet
 * people:4:emails", "contacts.vcf:12:phones".
 */
final class UploadFolder {

  /** A .zip may unpack to no more than this: a small bomb must not fill the disk. */
  private static final long LARGEST_UNPACKED = 100L * 1024 * 1024;

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
   */
  static UploadFolder write(
      Upload upload, Path parent, OrganizationNames names, PersonIds ids, Problems problems)
      throws IOException {
    UploadFolder folder =
        new UploadFolder(upload.name(), Files.createTempDirectory(parent, "upload"));
    switch (upload.kind()) {
      case VCARD -> folder.vcards(upload, names, ids, problems);
      case WORKBOOK -> WorkbookSheets.write(upload, folder, problems);
      case CSV -> folder.csv(upload.name(), upload.content(), problems);
      case ZIP -> folder.zip(upload, problems);
      case OTHER -> problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_KIND, upload.name());
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

  void add(String csvName, byte[] content, Origin origin) throws IOException {
    Files.write(dir.resolve(csvName), content);
    origins.put(csvName, origin);
  }

  private void vcards(Upload upload, OrganizationNames names, PersonIds ids, Problems problems)
      throws IOException {
    VCardRows rows = VCardRows.read(upload, names, ids, problems);
    if (!rows.isEmpty()) {
      add(FolderReader.PEOPLE, rows.csv(), new Origin(upload.name(), rows.cardLines()));
    }
  }

  /** One CSV file: by its name if it is one of the five, else by its header. */
  private void csv(String name, byte[] content, Problems problems) throws IOException {
    String base = Path.of(name).getFileName().toString().toLowerCase(Locale.ROOT);
    String file = FolderReader.FILES.contains(base) ? base : byHeader(content);
    if (file == null) {
      problems.add(
          name, 1, null, ProblemCode.UPLOAD_CSV_KIND, String.join(", ", FolderReader.FILES));
      return;
    }
    add(file, content, new Origin(name, Map.of()));
  }

  private void zip(Upload upload, Problems problems) throws IOException {
    long unpacked = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String base = Path.of(entry.getName()).getFileName().toString();
        if (entry.isDirectory() || entry.getName().contains("__MACOSX") || base.startsWith(".")) {
          continue;
        }
        byte[] content = read(zip, LARGEST_UNPACKED - unpacked);
        unpacked += content.length;
        if (unpacked >= LARGEST_UNPACKED) {
          problems.add(upload.name(), 0, null, ProblemCode.UPLOAD_UNREADABLE, "a .zip", "too big");
          return;
        }
        String where = upload.name() + ", " + base;
        String lower = base.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv")) {
          problems.add(where, 0, null, ProblemCode.UPLOAD_KIND, base);
        } else if (FolderReader.FILES.contains(lower)) {
          add(lower, content, new Origin(where, Map.of()));
        } else {
          csv(where, content, problems);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          upload.name(), 0, null, ProblemCode.UPLOAD_UNREADABLE, "a .zip", plain(e.getMessage()));
    }
  }

  private static byte[] read(InputStream in, long atMost) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, atMost));
  }

  /** The file whose required columns the header has, when exactly one does. */
  private static String byHeader(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
    int end = text.indexOf('\n');
    List<String> header =
        List.of((end < 0 ? text : text.substring(0, end)).strip().split("\\s*,\\s*"));
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

  static String plain(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }
}
