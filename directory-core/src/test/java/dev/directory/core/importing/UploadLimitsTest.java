package dev.directory.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.problem.TooLarge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit on what one upload brings in, passed by a file made to pass it (the limits set small,
 * so that the files stay small too): refused as a whole, saying which limit, with nothing left on
 * disk.
 */
class UploadLimitsTest {

  private static final String PEOPLE = "id,given_name,family_name,organization_id\r\n";

  @TempDir Path parent;

  @Test
  void aCsvFileOfMoreRowsThanAnUploadTakesIsRefusedSayingSplitItOrUseTheCommandLine()
      throws Exception {
    TooLarge refused =
        assertThrows(TooLarge.class, () -> read("people.csv", csv(11), limits(10, 1 << 20)));

    assertEquals("upload.too_many_rows", refused.problem().code());
    assertEquals("people.csv", refused.problem().field());
    assertTrue(refused.problem().message().contains("command-line import"));
    assertNothingLeft();
  }

  @Test
  void theRowsOfEveryFileOfAZipCountTogether() throws Exception {
    StringBuilder organizations = new StringBuilder("id,kind,name\r\n");
    for (int i = 0; i < 6; i++) {
      organizations.append("test-org-").append(i).append(",partner,Test Org\r\n");
    }
    byte[] zip =
        zip(
            Map.of(
                "people.csv",
                csv(6),
                "more/organizations.csv",
                organizations.toString().getBytes(StandardCharsets.UTF_8)));

    TooLarge refused =
        assertThrows(TooLarge.class, () -> read("two.zip", zip, limits(10, 1 << 20)));

    assertEquals("upload.too_many_rows", refused.problem().code());
  }

  @Test
  void aWorkbookOfMoreRowsIsRefusedBeforeItIsAllWritten() throws Exception {
    TooLarge refused =
        assertThrows(
            TooLarge.class, () -> read("book.xlsx", workbook("people", 30), limits(10, 1 << 20)));

    assertEquals("upload.too_many_rows", refused.problem().code());
  }

  @Test
  void moreCardsThanAnUploadTakesAreRefusedBeforeAnyIsRead() {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test Card ").append(i).append("\r\n");
      cards.append("END:VCARD\r\n");
    }
    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "cards.vcf",
                    cards.toString().getBytes(StandardCharsets.UTF_8),
                    limits(10, 1 << 20)));

    assertEquals("upload.too_many_rows", refused.problem().code());
  }

  @Test
  void aWorkbookWhoseTextsRunLongerThanTheLimitIsRefusedWhileItIsCounted() throws Exception {
    byte[] book = sharedStrings(List.of("a".repeat(2_000_000)));

    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "bomb.xlsx",
                    book,
                    new UploadLimits(1 << 24, 1000, 1000, 200, 1 << 24, 10_000, 1000, 1_000_000)));

    assertEquals("upload.shared_text", refused.problem().code());
    assertTrue(refused.problem().message().contains("1000000"), refused.problem().message());
  }

  @Test
  void aWorkbookOfMoreDifferentTextsThanTheLimitIsRefused() throws Exception {
    byte[] book = sharedStrings(java.util.Collections.nCopies(101, "x"));

    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "many.xlsx",
                    book,
                    new UploadLimits(1 << 24, 1000, 1000, 200, 1 << 24, 100, 100, 1 << 20)));

    assertEquals("upload.shared_strings", refused.problem().code());
  }

  @Test
  void aZipThatUnpacksBeyondTheLimitIsStoppedAtTheLimit() throws Exception {
    byte[] zip = zip(Map.of("people.csv", filler(3 << 20)));

    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "big.zip",
                    zip,
                    new UploadLimits(1 << 24, 1000, 1000, 200, 2 << 20, 100_000, 1000, 1 << 20)));

    assertEquals("upload.unpacks_too_large", refused.problem().code());
  }

  @Test
  void aZipThatUnpacksToManyTimesItsSizeIsRefused() throws Exception {
    byte[] zip = zip(Map.of("people.csv", filler(3 << 20)));
    assertTrue(zip.length < (3 << 20) / 100, "a bomb: " + zip.length + " bytes");

    TooLarge refused =
        assertThrows(TooLarge.class, () -> read("bomb.zip", zip, UploadLimits.DEFAULTS));

    assertEquals("upload.expansion", refused.problem().code());
  }

  @Test
  void aZipOfMoreFilesThanTheLimitIsRefused() throws Exception {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      files.put("notes-" + i + ".txt", new byte[] {'x'});
    }
    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "many.zip",
                    zip(files),
                    new UploadLimits(1 << 24, 1000, 1000, 5, 1 << 24, 100, 1000, 1 << 20)));

    assertEquals("upload.too_many_files", refused.problem().code());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsUnpacked() {
    TooLarge refused =
        assertThrows(
            TooLarge.class,
            () ->
                read(
                    "people.csv",
                    csv(5),
                    new UploadLimits(100, 1000, 1000, 200, 1 << 24, 100, 1000, 1 << 20)));

    assertEquals("upload.too_big", refused.problem().code());
  }

  @Test
  void aCellLongerThanTheLimitIsAProblemAtItsLineAndColumn() throws Exception {
    byte[] file =
        (PEOPLE + "test-long,Test," + "x".repeat(101) + ",iom-chile\r\n")
            .getBytes(StandardCharsets.UTF_8);

    List<ImportProblem> problems =
        read(
            "people.csv",
            file,
            new UploadLimits(1 << 24, 1000, 100, 200, 1 << 24, 100, 1000, 1 << 20));

    assertEquals(List.of("people.csv:2:family_name"), located(problems));
    assertEquals(List.of("text.too_long"), problems.stream().map(ImportProblem::code).toList());
  }

  @Test
  void aLineLongerThanAnyOfTheFileCanBeIsStoppedBeforeItIsHeld() throws Exception {
    byte[] file =
        (PEOPLE + "test-long,Test,\"" + "x\n".repeat(200_000) + "x\",iom-chile\r\n")
            .getBytes(StandardCharsets.UTF_8);

    List<ImportProblem> problems =
        read(
            "people.csv",
            file,
            new UploadLimits(1 << 24, 1000, 100, 200, 1 << 24, 100, 1000, 1 << 20));

    assertEquals(List.of("csv.malformed"), problems.stream().map(ImportProblem::code).toList());
  }

  @Test
  void aDamagedWorkbookIsToldInPlainWordsNamingNoJavaClass() throws Exception {
    byte[] book = workbook("people", 3);
    byte[] damaged = java.util.Arrays.copyOf(book, book.length / 2);

    List<ImportProblem> problems = read("book.xlsx", damaged, UploadLimits.DEFAULTS);

    assertEquals(List.of("upload.unreadable"), problems.stream().map(ImportProblem::code).toList());
    String message = problems.get(0).message();
    assertFalse(message.matches(".*\\b(java|com|org)\\.[a-z]+\\..*"), message);
    assertFalse(message.contains("Exception"), message);
  }

  /** The upload written and read as an import would: its problems, or what it threw. */
  private List<ImportProblem> read(String name, byte[] content, UploadLimits limits)
      throws IOException {
    Problems problems = new Problems();
    UploadFolder folder =
        UploadFolder.write(
            new Upload(name, content, Map.of()),
            parent,
            new OrganizationNames(List.of()),
            id -> false,
            problems,
            limits);
    try {
      FolderReader.read(folder.dir, problems, limits);
      return problems.all().stream().map(folder::located).toList();
    } finally {
      folder.delete();
    }
  }

  private void assertNothingLeft() throws IOException {
    try (var left = Files.list(parent)) {
      assertEquals(List.of(), left.toList(), "the upload's folder is gone");
    }
  }

  private static List<String> located(List<ImportProblem> problems) {
    return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList();
  }

  private static UploadLimits limits(int rows, int cell) {
    return new UploadLimits(1 << 24, rows, cell, 200, 1 << 24, 100, 1000, 1 << 20);
  }

  private static byte[] csv(int rows) {
    StringBuilder text = new StringBuilder(PEOPLE);
    for (int i = 0; i < rows; i++) {
      text.append("test-row-").append(i).append(",Test,Row,iom-chile\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] filler(int bytes) {
    byte[] filler = new byte[bytes];
    java.util.Arrays.fill(filler, (byte) 'a');
    return filler;
  }

  private static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A workbook's parts with these shared strings, as a spreadsheet program writes them. */
  private static byte[] sharedStrings(List<String> texts) throws IOException {
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst count=\"1\">");
    for (String text : texts) {
      sst.append("<si><t>").append(text).append("</t></si>");
    }
    sst.append("</sst>");
    return zip(
        Map.of(
            "[Content_Types].xml",
            "<Types/>".getBytes(StandardCharsets.UTF_8),
            "xl/sharedStrings.xml",
            sst.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] workbook(String sheetName, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Test", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    List<String> header = List.of("id", "given_name", "family_name", "organization_id");
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    for (int r = 1; r <= rows; r++) {
      sheet.value(r, 0, "test-row-" + r);
      sheet.value(r, 1, "Test");
      sheet.value(r, 2, "Row");
      sheet.value(r, 3, "iom-chile");
    }
    workbook.finish();
    return out.toByteArray();
  }
}
