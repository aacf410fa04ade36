package dev.directory.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.directory.web.TemporaryHome;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.ValidationWarnings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest implements TemporaryHome {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void givesAPersonsVCardWithNameOrganisationPhoneAndEMail() {
    HttpResponse<byte[]> response = get("/api/people/sebastian-mathews/vcard");

    assertEquals("text/vcard;charset=utf-8", response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("sebastian-mathews.vcf"));
    VCard card = Ezvcard.parse(text(response)).first();
    assertEquals(VCardVersion.V4_0, card.getVersion());
    assertEquals("Sebastián Mathews", card.getFormattedName().getValue());
    assertEquals("Mathews", card.getStructuredName().getFamily());
    assertEquals(
        List.of("International Organization for Migration", "IOM Chile"),
        card.getOrganization().getValues());
    assertEquals("iomsantiagopress@iom.int", card.getEmails().get(0).getValue());
    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
  }

  @Test
  void givesAPositionsVCardWithItsMailboxPhoneAndWhoHoldsIt() {
    VCard card = Ezvcard.parse(text(get("/api/positions/iom-chile-press-contact/vcard"))).first();

    assertEquals("Press contact, IOM Chile", card.getFormattedName().getValue());
    assertEquals(List.of("IOM Chile"), card.getOrganization().getValues());
    assertEquals("iomsantiagopress@iom.int", card.getEmails().get(0).getValue());
    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
    assertTrue(
        card.getNotes().get(0).getValue().startsWith("Held by Sebastián Mathews on "),
        card.getNotes().get(0).getValue());
    assertTrue(
        card.validate(VCardVersion.V4_0).isEmpty(), card.validate(VCardVersion.V4_0)::toString);
  }

  @Test
  void exportsASearchAsCsvThatKeepsTheAccents() throws Exception {
    HttpResponse<byte[]> response = get("/api/search/export?format=csv&country=CL&sort=name");

    assertEquals("text/csv;charset=utf-8", response.getContentType().orElseThrow().toString());
    byte[] body = response.body();
    assertEquals((byte) 0xEF, body[0], "a UTF-8 byte-order mark, for spreadsheets");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text(response).substring(1)))
            .getRecords();
    long total = client.toBlocking().retrieve("/api/search?country=CL", SearchTotal.class).total();
    assertEquals(total, rows.size());
    CSVRecord giron =
        rows.stream().filter(r -> r.get("id").equals("norberto-giron")).findFirst().orElseThrow();
    assertEquals("Norberto Girón", giron.get("name"));
    assertEquals("Chile", giron.get("country"));
  }

  @Test
  void writesAPhoneNumberAsItIsWrittenWithoutAnApostrophe() throws Exception {
    String csv = text(get("/api/search/export?format=csv&q=mathews"));

    assertTrue(csv.contains(",+56 02 9633710,"), csv);
  }

  @Test
  void makesEveryOtherCellThatASpreadsheetWouldRunText() {
    assertEquals(
        "'=HYPERLINK(\"http://example.org\")", CsvRows.inert("=HYPERLINK(\"http://example.org\")"));
    assertEquals("'+cmd|' /C calc'!A0", CsvRows.inert("+cmd|' /C calc'!A0"));
    assertEquals("'@SUM(1)", CsvRows.inert("@SUM(1)"));
    assertEquals("'-2+3+cmd", CsvRows.inert("-2+3+cmd"));
    assertEquals("+56 9 1234 5678", CsvRows.inert("+56 9 1234 5678"));
    assertEquals("+1 (555) 010-0199", CsvRows.inert("+1 (555) 010-0199"));
  }

  @Test
  void exportsASearchAsOneVCardPerResult() {
    List<VCard> cards =
        Ezvcard.parse(text(get("/api/search/export?format=vcard&type=municipal_service"))).all();

    assertEquals(4, cards.size());
    assertTrue(
        cards.stream()
            .anyMatch(c -> c.getFormattedName().getValue().equals("Municipal Services of Arica")));
  }

  @Test
  void exportsEachPersonWithTheSameCardAsTheirOwnDownload() {
    String own = text(get("/api/people/sebastian-mathews/vcard"));
    String exported = text(get("/api/search/export?format=vcard&q=sebastian%20mathews"));

    assertTrue(exported.contains(own), exported);
    VCard card = Ezvcard.parse(own).first();
    assertEquals("Mathews", card.getStructuredName().getFamily());
    assertEquals(
        List.of("International Organization for Migration", "IOM Chile"),
        card.getOrganization().getValues());
  }

  @Test
  void exportsCardsThatEzVcardsValidatorFindsNothingWrongWith() {
    List<VCard> cards = Ezvcard.parse(text(get("/api/search/export?format=vcard"))).all();

    assertTrue(cards.size() >= 15, "every record of the seed: " + cards.size());
    for (VCard card : cards) {
      ValidationWarnings warnings = card.validate(VCardVersion.V4_0);
      assertTrue(warnings.isEmpty(), card.getFormattedName().getValue() + ": " + warnings);
    }
    VCard arica =
        cards.stream()
            .filter(c -> c.getFormattedName().getValue().equals("Municipal Services of Arica"))
            .findFirst()
            .orElseThrow();
    assertEquals("Región de Arica y Parinacota", arica.getAddresses().get(0).getRegion());
  }

  @Test
  void exportsANumberNotValidAsWrittenAsTextNotAsATelUri() {
    VCard card = Ezvcard.parse(text(get("/api/search/export?format=vcard&q=mathews"))).first();

    assertEquals("+56 02 9633710", card.getTelephoneNumbers().get(0).getText());
    assertEquals(null, card.getTelephoneNumbers().get(0).getUri());
  }

  @Test
  void givesEachRecordOneCardIdentityInEveryExportWithItsRevisionAndMaker() {
    VCard own = Ezvcard.parse(text(get("/api/people/sebastian-mathews/vcard"))).first();
    List<VCard> exported = Ezvcard.parse(text(get("/api/search/export?format=vcard"))).all();

    String uid = own.getUid().getValue();
    assertTrue(
        uid.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"), uid);
    assertEquals(
        uid,
        Ezvcard.parse(text(get("/api/people/sebastian-mathews/vcard")))
            .first()
            .getUid()
            .getValue());
    assertEquals(
        1,
        exported.stream().filter(card -> uid.equals(card.getUid().getValue())).count(),
        "the search export carries the same card identity");
    assertEquals(
        exported.size(),
        exported.stream().map(card -> card.getUid().getValue()).distinct().count(),
        "no two records share one");
    assertNotNull(own.getRevision(), "REV: when the record last changed");
    assertEquals("-//Directory//Contact directory//EN", own.getProductId().getValue());
    VCard position =
        Ezvcard.parse(text(get("/api/positions/iom-chile-press-contact/vcard"))).first();
    assertNotEquals(uid, position.getUid().getValue(), "a position is not its holder");
  }

  @Test
  void exportsAWorkbookWithASheetPerKindTextPhonesDatesAndAFrozenHeader() throws Exception {
    HttpResponse<byte[]> response = get("/api/search/export?format=xlsx&sort=name");

    assertEquals(XlsxExport.MEDIA_TYPE, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("directory.xlsx"));
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(response.body()), new ReadingOptions(true, false))) {
      assertEquals(
          List.of("People", "Positions", "Organizations"),
          workbook.getSheets().map(Sheet::getName).toList());
      List<Row> people = workbook.getFirstSheet().read();
      assertEquals("id", people.get(0).getCell(0).getText());
      Row mathews =
          people.stream()
              .filter(row -> "sebastian-mathews".equals(row.getCellText(0)))
              .findFirst()
              .orElseThrow();
      Cell phone = mathews.getCell(XlsxExport.HEADER.indexOf("phone"));
      assertEquals(CellType.STRING, phone.getType());
      assertEquals("+56 02 9633710", phone.asString());
      Cell changed = mathews.getCell(XlsxExport.HEADER.indexOf("last_changed"));
      assertEquals(CellType.NUMBER, changed.getType(), "a date, not text");
      assertEquals("yyyy-mm-dd", changed.getDataFormatString());
      assertTrue(
          people.stream().skip(1).allMatch(row -> row.getCellText(1).startsWith("p")),
          "people and press contacts only");
    }
    String sheet = sheetXml(response.body(), "xl/worksheets/sheet1.xml");
    assertTrue(sheet.contains("state=\"frozen\""), sheet.substring(0, 600));
  }

  @Test
  void exportsOnlyTheSheetsOfTheKindsAskedFor() throws Exception {
    HttpResponse<byte[]> response = get("/api/search/export?format=xlsx&type=municipal_service");

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertEquals(List.of("Organizations"), sheets.stream().map(Sheet::getName).toList());
      assertEquals(1 + 4, sheets.get(0).read().size(), "the header and four services");
    }
  }

  /** An entry of the workbook's zip, read from its central directory as spreadsheets read it. */
  private static String sheetXml(byte[] workbook, String entry) throws IOException {
    Path file = Files.createTempFile("export", ".xlsx");
    try (ZipFile zip = new ZipFile(Files.write(file, workbook).toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void refusesAnUnknownFormatOrABadSearchBeforeSendingAnything() {
    HttpClientResponseException format =
        assertThrows(HttpClientResponseException.class, () -> get("/api/search/export?format=xls"));
    HttpClientResponseException words =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/search/export?format=csv&q=" + twentyOneWords()));

    assertEquals(HttpStatus.BAD_REQUEST, format.getStatus());
    assertTrue(
        format
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("format: “xls” is not a format; use one of csv, vcard, xlsx"));
    assertEquals(HttpStatus.BAD_REQUEST, words.getStatus());
    assertTrue(
        words
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("at most 20 are searched"));
  }

  @Test
  void saysTheFormatIsRequiredWhenItIsMissing() {
    HttpClientResponseException missing =
        assertThrows(HttpClientResponseException.class, () -> get("/api/search/export?q=giron"));

    assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
    assertTrue(
        missing
            .getResponse()
            .getBody(String.class)
            .orElseThrow()
            .contains("format: choose one of csv, vcard, xlsx"));
  }

  private static String twentyOneWords() {
    return String.join(
        "%20", "abcdefghijklmnopqrstu".chars().mapToObj(c -> "word" + (char) c).toList());
  }

  private HttpResponse<byte[]> get(String uri) {
    return client.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @io.micronaut.serde.annotation.Serdeable
  record SearchTotal(long total) {}
}
