package dev.directory.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.core.contact.Email;
import dev.directory.core.person.People;
import dev.directory.core.person.Person;
import dev.directory.core.problem.Refused;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads as editors bring them: address books exported as vCards, workbooks, single CSV files and
 * .zip files of them, previewed without writing, then imported all or nothing.
 */
@MicronautTest(startApplication = false, transactional = false)
class UploadTest {

  @Inject CsvImporter importer;
  @Inject People people;

  @BeforeEach
  void importSeed() throws Exception {
    importer.importFrom(CsvImporterTest.SEED);
  }

  @Test
  void refusesAFileNameOrMappingTooLongToKeepNamingThePart() {
    byte[] csv = "id,given_name\n".getBytes(StandardCharsets.UTF_8);

    Refused name =
        assertThrows(Refused.class, () -> new Upload("x".repeat(301) + ".csv", csv, Map.of()));
    Refused mapping =
        assertThrows(
            Refused.class,
            () -> new Upload("people.csv", csv, Map.of("y".repeat(20_000), "minsal")));

    assertEquals("file", name.problems().get(0).field());
    assertEquals("organizations", mapping.problems().get(0).field());
  }

  @Test
  void previewsTheCardsOfAnAddressBookInEveryVersionWithoutWritingThem() throws Exception {
    long before = people.count();

    ImportPreview preview = importer.preview(upload("address-book.vcf", Map.of()));

    assertEquals(List.of(), preview.problems());
    assertEquals(
        List.of("Ana María Prueba", "Juan Ejemplo", "Test Muestra"),
        preview.creates().stream().map(ImportPreview.Change::name).toList());
    Person ana = preview.people().get(0);
    assertTrue(ana.id().matches("ana-maria-prueba(-[0-9]+)?"), ana.id()); // numbered when taken
    assertEquals("minsal", ana.organizationId(), "ORG matched by the ministry's local name");
    assertEquals("Asesora", ana.jobTitle());
    assertEquals(
        List.of("work: ana.prueba@example.org", "personal: ana@example.net"),
        ana.emails().stream().map(e -> e.type().code() + ": " + e.address()).toList());
    assertEquals("+56961234567", ana.phones().get(0).e164());
    assertEquals("iom-chile", preview.people().get(1).organizationId(), "a vCard 2.1 card");
    assertEquals("minsal", preview.people().get(2).organizationId(), "ORG as an alias, vCard 4.0");
    assertEquals("+56225740000", preview.people().get(2).phones().get(0).e164());
    assertEquals(before, people.count(), "nothing written");
  }

  @Test
  void namesEachWrongCardByItsLineAndWritesNothing() throws Exception {
    long before = people.count();

    ImportPreview preview = importer.preview(upload("wrong-cards.vcf", Map.of()));

    assertEquals(
        List.of(
            "wrong-cards.vcf:1:phones: “call me maybe” is not a phone number",
            "wrong-cards.vcf:8:given_name: the card has no name (FN or N)",
            "wrong-cards.vcf:13:organization_id: the directory has no organisation called"
                + " “Ministry of Testing”; map it to one, or create it first"),
        preview.problems().stream().map(ImportProblem::toString).toList());
    ImportFailedException refused =
        assertThrows(
            ImportFailedException.class,
            () -> importer.importUpload(upload("wrong-cards.vcf", Map.of())));
    assertEquals(3, refused.problems().size());
    assertEquals(before, people.count());
  }

  @Test
  void takesTheOrganisationAnEditorMapsACardsOrganisationTo() throws Exception {
    ImportPreview preview =
        importer.preview(
            upload("wrong-cards.vcf", Map.of("Ministry of Testing", "municipal-services-arica")));

    assertTrue(
        preview.problems().stream().noneMatch(p -> p.code().equals("organization.unknown")),
        preview.problems()::toString);
    assertEquals(
        "municipal-services-arica",
        preview.people().stream()
            .filter(p -> p.familyName().equals("Elsewhere"))
            .findFirst()
            .orElseThrow()
            .organizationId());
  }

  @Test
  void importsTheCardsAllTogether() throws Exception {
    long before = people.count();

    importer.importUpload(upload("address-book.vcf", Map.of()));

    assertEquals(before + 3, people.count());
    assertEquals(
        List.of("juan.ejemplo@example.org"),
        people.find("juan-ejemplo").orElseThrow().emails().stream().map(Email::address).toList());
  }

  @Test
  void readsAWorkbookWithASheetPerKindOfRecordAndNamesItsRows() throws Exception {
    byte[] book =
        workbook(
            "people",
            List.of(
                List.of("id", "given_name", "family_name", "organization_id", "emails"),
                List.of(
                    "test-sheet-person", "Test", "Sheet", "iom-chile", "work: sheet@example.org"),
                List.of("test-sheet-wrong", "Test", "Wrong", "iom-chile", "work: wrong@")));

    ImportPreview preview = importer.preview(new Upload("contacts.xlsx", book, Map.of()));

    assertEquals(
        List.of("contacts.xlsx, sheet people:3:emails: “wrong@” is not an e-mail address"),
        preview.problems().stream().map(ImportProblem::toString).toList());
  }

  @Test
  void refusesAWorkbookWithAWrongHeaderOrAnUnknownSheet() throws Exception {
    byte[] header =
        workbook(
            "people",
            List.of(
                List.of("id", "given_name", "family_name", "organization_id", "colour"),
                List.of("test-colour", "Test", "Colour", "iom-chile", "blue")));
    assertEquals(
        List.of("contacts.xlsx, sheet people:1:colour"),
        preview("contacts.xlsx", header).stream()
            .map(p -> p.file() + ":" + p.line() + ":" + p.column())
            .toList());

    byte[] sheet = workbook("Sheet1", List.of(List.of("id"), List.of("x")));
    assertEquals(
        List.of("sheet.unknown"),
        preview("contacts.xlsx", sheet).stream().map(ImportProblem::code).toList());
  }

  @Test
  void refusesAFileThatIsNeitherAndOneThatOnlyPretends() throws Exception {
    assertEquals(
        List.of("upload.kind"),
        preview("minutes.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).stream()
            .map(ImportProblem::code)
            .toList());
    assertEquals(
        List.of("upload.unreadable"),
        preview("contacts.xlsx", "not a workbook".getBytes(StandardCharsets.US_ASCII)).stream()
            .map(ImportProblem::code)
            .toList());
  }

  @Test
  void readsACsvFileByItsNameOrItsHeaderAndAZipOfThem() throws Exception {
    byte[] csv =
        ("id,given_name,family_name,organization_id\n" + "test-csv-person,Test,Csv,iom-chile\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of("test-csv-person"),
        importer.preview(new Upload("export.csv", csv, Map.of())).creates().stream()
            .map(ImportPreview.Change::id)
            .toList());

    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("directory/people.csv"));
      zip.write(csv);
      zip.putNextEntry(new ZipEntry("directory/organizations.csv"));
      zip.write(Files.readAllBytes(CsvImporterTest.SEED.resolve("organizations.csv")));
    }
    ImportPreview preview =
        importer.preview(new Upload("directory.zip", zipped.toByteArray(), Map.of()));
    assertEquals(List.of(), preview.problems());
    assertEquals(
        List.of("test-csv-person"),
        preview.creates().stream().map(ImportPreview.Change::id).toList(),
        "the seed's organisations are as stored: neither created nor changed");
  }

  @Test
  void previewsAPositionsFileKnownByItsHeaderAndPlacesAHoldingThatEndsBeforeItStarts()
      throws Exception {
    byte[] csv =
        ("id,title,organization_id,holders\n"
                + "test-upload-post,Test Upload Post,iom-chile,norberto-giron from 2024-01-01\n"
                + "test-upload-backwards,Test Backwards,iom-chile,"
                + "norberto-giron from 2024-01-01 to 2023-01-01\n")
            .getBytes(StandardCharsets.UTF_8);

    ImportPreview preview = importer.preview(new Upload("posts.csv", csv, Map.of()));

    assertEquals(
        List.of("posts.csv:3:holders: ends (2023-01-01) before it starts (2024-01-01)"),
        preview.problems().stream().map(ImportProblem::toString).toList());
    assertEquals(
        List.of("test-upload-post"),
        preview.creates().stream().map(ImportPreview.Change::id).toList());
  }

  private List<ImportProblem> preview(String name, byte[] content) throws IOException {
    return importer.preview(new Upload(name, content, Map.of())).problems();
  }

  private static Upload upload(String resource, Map<String, String> organizations)
      throws IOException {
    return new Upload(
        resource,
        Files.readAllBytes(Path.of("src/test/resources/uploads", resource)),
        organizations);
  }

  private static byte[] workbook(String sheetName, List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Test", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        sheet.value(r, c, rows.get(r).get(c));
      }
    }
    workbook.finish();
    return out.toByteArray();
  }
}
